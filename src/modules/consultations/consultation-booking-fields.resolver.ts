import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, isAdmin, isStaff, type Principal } from '../../common/auth/principal.js';
import { notFound } from '../../common/errors/domain.exception.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import type { ConsultationDetails } from './consultation-view.js';
import { RoundPurpose } from './appointment-round.enums.js';
import {
  ConsultationBookingModel,
  type ConsultationBookingSource,
} from './models/consultation-booking.model.js';
import { ConsultationPersonModel } from './models/consultation-person.model.js';
import { ConsultationSlotModel } from './models/consultation-slot.model.js';

/**
 * A booking's slot, organisation and people, all from one per-request loader. Bookings
 * reach only their organisation's members and staff. The private parts — the expert's notes
 * and the booker's e-mail — are narrowed further: see `readsPrivateParts`.
 */
/** Admins, and the expert whose slot it is while they hold a staff role. */
const readsPrivateParts = (principal: Principal | null, details: ConsultationDetails): boolean =>
  isAdmin(principal) || (isStaff(principal) && details.expert.id === principal?.user.id);

@Resolver(() => ConsultationBookingModel)
export class ConsultationBookingFieldsResolver {
  private async details(
    context: GraphqlContext,
    booking: ConsultationBookingSource,
  ): Promise<ConsultationDetails> {
    const details = await context.loaders.consultationDetails.load(booking.id);
    if (!details) throw notFound();
    return details;
  }

  @ResolveField(() => ConsultationSlotModel, { description: 'When, where and with whom.' })
  async slot(
    @Parent() booking: ConsultationBookingSource,
    @Context() context: GraphqlContext,
  ): Promise<ConsultationSlotModel> {
    const details = await this.details(context, booking);
    return {
      id: details.slotId,
      academyId: details.academyId,
      roundId: details.roundId,
      expertId: details.expert.id,
      startsAt: details.startsAt,
      endsAt: details.endsAt,
      mode: details.mode,
      place: details.place,
      onlineUrl: details.onlineUrl,
      status: details.slotStatus,
    };
  }

  @ResolveField(() => RoundPurpose, {
    description: "What the appointment is for: its round's purpose.",
  })
  async purpose(
    @Parent() booking: ConsultationBookingSource,
    @Context() context: GraphqlContext,
  ): Promise<RoundPurpose> {
    return (await this.details(context, booking)).purpose;
  }

  @ResolveField(() => String, { description: 'The organisation whose consultation this is.' })
  async organisationName(
    @Parent() booking: ConsultationBookingSource,
    @Context() context: GraphqlContext,
  ): Promise<string> {
    return (await this.details(context, booking)).organisationName;
  }

  @ResolveField(() => ConsultationPersonModel)
  async expert(
    @Parent() booking: ConsultationBookingSource,
    @Context() context: GraphqlContext,
  ): Promise<ConsultationPersonModel> {
    const { expert } = await this.details(context, booking);
    return { id: expert.id, name: expert.name, email: expert.email };
  }

  @ResolveField(() => ConsultationPersonModel, {
    description:
      'Who made the booking. Their e-mail shows to the organisation’s members, the slot’s expert and admins (null for other experts).',
  })
  async bookedBy(
    @CurrentPrincipal() principal: Principal | null,
    @Parent() booking: ConsultationBookingSource,
    @Context() context: GraphqlContext,
  ): Promise<ConsultationPersonModel> {
    const details = await this.details(context, booking);
    // A caller without a staff role reaches a booking only as a member of its organisation.
    const showEmail = !isStaff(principal) || readsPrivateParts(principal, details);
    return { ...details.bookedBy, email: showEmail ? details.bookedBy.email : null };
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The expert’s notes: the slot’s own expert, admins and the experts assigned to review the application (null for others).',
  })
  async notes(
    @CurrentPrincipal() principal: Principal | null,
    @Parent() booking: ConsultationBookingSource,
    @Context() context: GraphqlContext,
  ): Promise<string | null> {
    if (!isStaff(principal)) return null;
    const details = await this.details(context, booking);
    if (readsPrivateParts(principal, details)) return details.notes;
    // An assigned reviewer reads the interview beside the review; other experts do not.
    return (await context.loaders.reviewsApplication.load(details.applicationId))
      ? details.notes
      : null;
  }
}
