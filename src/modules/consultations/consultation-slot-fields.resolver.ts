import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, isStaff, type Principal } from '../../common/auth/principal.js';
import { notFound } from '../../common/errors/domain.exception.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ConsultationBookingModel } from './models/consultation-booking.model.js';
import { ConsultationPersonModel } from './models/consultation-person.model.js';
import {
  ConsultationSlotModel,
  type ConsultationSlotSource,
} from './models/consultation-slot.model.js';

/** A slot's expert and booking, through the per-request loaders. */
@Resolver(() => ConsultationSlotModel)
export class ConsultationSlotFieldsResolver {
  @ResolveField(() => ConsultationPersonModel, { description: 'The expert who offers the slot.' })
  async expert(
    @Parent() slot: ConsultationSlotSource,
    @Context() context: GraphqlContext,
  ): Promise<ConsultationPersonModel> {
    const person = await context.loaders.people.load(slot.expertId);
    if (!person) throw notFound();
    return person;
  }

  @ResolveField(() => ConsultationBookingModel, {
    nullable: true,
    description:
      'Who booked the slot: experts and admins only. Applicants see free slots only, and never another organisation’s booking.',
  })
  booking(
    @Parent() slot: ConsultationSlotSource,
    @CurrentPrincipal() principal: Principal,
    @Context() context: GraphqlContext,
  ): Promise<ConsultationBookingModel | null> | null {
    if (!isStaff(principal)) return null;
    return context.loaders.activeBookingOfSlot.load(slot.id);
  }
}
