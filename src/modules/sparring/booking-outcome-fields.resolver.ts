import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ListSize } from '../../common/graphql/list-size.decorator.js';
import type { ConsultationDetails } from '../consultations/consultation-view.js';
import {
  ConsultationBookingModel,
  type ConsultationBookingSource,
} from '../consultations/models/consultation-booking.model.js';
import { recordsOutcome } from './booking-facts.js';
import { AgreedActionModel, AppointmentSummaryModel } from './models/sparring-outcome.model.js';
import { organisationKey } from './sparring-outcome-reads.service.js';
import { AGREED_ACTION_LIMIT } from './sparring-outcomes.service.js';

/**
 * `ConsultationBooking.summary` and `.agreedActions`, declared here (consultations does not
 * depend on sparring). Four statements for any number of bookings: the booking details, the
 * caller's organisations, the summaries, the actions.
 */
@Resolver(() => ConsultationBookingModel)
export class BookingOutcomeFieldsResolver {
  /** The booking when the caller reads its outcome (expert, admin, member, team), else null. */
  private async readable(
    principal: Principal | null,
    booking: ConsultationBookingSource,
    context: GraphqlContext,
  ): Promise<ConsultationDetails | null> {
    const details = await context.loaders.consultationDetails.load(booking.id);
    if (!details) return null;
    if (recordsOutcome(principal, details)) return details;
    const reads = await context.loaders.readsOrganisationOutcomes.load(
      organisationKey(details.academyId, details.organisationId),
    );
    return reads ? details : null;
  }

  @ResolveField(() => AppointmentSummaryModel, {
    nullable: true,
    description:
      'The expert’s summary of the session: the slot’s expert, admins, the organisation’s members and its team (null for others, and until recorded).',
  })
  async summary(
    @CurrentPrincipal() principal: Principal | null,
    @Parent() booking: ConsultationBookingSource,
    @Context() context: GraphqlContext,
  ): Promise<AppointmentSummaryModel | null> {
    if (!(await this.readable(principal, booking, context))) return null;
    return context.loaders.appointmentSummary.load(booking.id);
  }

  @ListSize(AGREED_ACTION_LIMIT)
  @ResolveField(() => [AgreedActionModel], {
    description:
      'The actions agreed in the session, by due date: the same readers as `summary` (empty for others).',
  })
  async agreedActions(
    @CurrentPrincipal() principal: Principal | null,
    @Parent() booking: ConsultationBookingSource,
    @Context() context: GraphqlContext,
  ): Promise<AgreedActionModel[]> {
    const details = await this.readable(principal, booking, context);
    if (!details) return [];
    const rows = await context.loaders.agreedActionsOfBooking.load(booking.id);
    return rows.map((row) => ({ ...row, sessionStartsAt: details.startsAt }));
  }
}
