import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsDate, IsOptional, IsUUID } from 'class-validator';
import { CurrentPrincipal, isStaff, type Principal } from '../../common/auth/principal.js';
import { Roles, SignedIn } from '../../common/auth/policy.decorator.js';
import { ApplicationModel } from '../applications/models/application.model.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import { ConsultationsService } from './consultations.service.js';
import {
  BookConsultationInput,
  CancelConsultationInput,
  PublishConsultationSlotsInput,
  RecordConsultationNotesInput,
  RescheduleConsultationInput,
  SlotIdInput,
  UpdateConsultationSlotInput,
} from './dto/consultation.input.js';
import {
  ConsultationBookingModel,
  ConsultationPersonModel,
  ConsultationSlotModel,
  type ConsultationBookingSource,
  type ConsultationSlotSource,
} from './models/consultation.model.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import type { ConsultationDetails } from './consultation-legacy.loaders.js';
import { notFound } from '../../common/errors/domain.exception.js';

@ArgsType()
export class ConsultationSlotsArgs {
  @Field(() => ID) @IsUUID() academyId: string;
  @Field(() => Date, { nullable: true, description: 'Only slots starting at or after this.' })
  @IsOptional()
  @IsDate()
  from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Only slots starting before this.' })
  @IsOptional()
  @IsDate()
  to?: Date | null;
  @Field(() => ID, { nullable: true, description: 'Only this expert’s slots.' })
  @IsOptional()
  @IsUUID()
  expertId?: string | null;
}

@Resolver(() => ConsultationBookingModel)
export class ConsultationBookingsResolver {
  constructor(private readonly consultations: ConsultationsService) {}

  @SignedIn()
  @Query(() => [ConsultationBookingModel], {
    description: "Your organisations' consultations, and (experts) those on your slots.",
  })
  myConsultations(@CurrentPrincipal() principal: Principal): Promise<ConsultationBookingModel[]> {
    return this.consultations.mine(principal);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Mutation(() => ConsultationBookingModel)
  recordConsultationNotes(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RecordConsultationNotesInput,
  ): Promise<ConsultationBookingModel> {
    return this.consultations.recordNotes(principal, input.bookingId, input.notes);
  }

  /** Bookings reach only their organisation's members and staff, so these fields may show. */
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
      expertId: details.expert.id,
      startsAt: details.startsAt,
      endsAt: details.endsAt,
      mode: details.mode,
      place: details.place,
      onlineUrl: details.onlineUrl,
      status: details.slotStatus,
    };
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

  @ResolveField(() => ConsultationPersonModel, { description: 'Who made the booking.' })
  async bookedBy(
    @Parent() booking: ConsultationBookingSource,
    @Context() context: GraphqlContext,
  ): Promise<ConsultationPersonModel> {
    return (await this.details(context, booking)).bookedBy;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The expert’s notes: experts and admins only (null for others).',
  })
  async notes(
    @CurrentPrincipal() principal: Principal,
    @Parent() booking: ConsultationBookingSource,
    @Context() context: GraphqlContext,
  ): Promise<string | null> {
    if (!isStaff(principal)) return null;
    return (await this.details(context, booking)).notes;
  }
}

@Resolver(() => ConsultationSlotModel)
export class ConsultationsResolver {
  constructor(private readonly consultations: ConsultationsService) {}

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Mutation(() => [ConsultationSlotModel], {
    description:
      'Publishes your slots; refused with SLOT_OVERLAP if any overlaps another of yours.',
  })
  publishConsultationSlots(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: PublishConsultationSlotsInput,
  ): Promise<ConsultationSlotModel[]> {
    return this.consultations.publish(principal, input);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Mutation(() => ConsultationSlotModel)
  withdrawConsultationSlot(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SlotIdInput,
  ): Promise<ConsultationSlotModel> {
    return this.consultations.withdraw(principal, input.slotId);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Mutation(() => ConsultationSlotModel, {
    description:
      'Changes mode, place or link of your slot (not its time); a booked slot’s people get an updated invite.',
  })
  updateConsultationSlot(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateConsultationSlotInput,
  ): Promise<ConsultationSlotModel> {
    return this.consultations.updateSlot(principal, input);
  }

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

  @SignedIn()
  @Query(() => [ConsultationSlotModel], {
    description:
      'Applicants: free future slots of an academy they apply to. Staff: all open slots.',
  })
  consultationSlots(
    @CurrentPrincipal() principal: Principal,
    @Args() args: ConsultationSlotsArgs,
  ): Promise<ConsultationSlotModel[]> {
    return this.consultations.slotsOf(principal, args);
  }

  @SignedIn()
  @Mutation(() => ConsultationBookingModel, {
    description: 'SLOT_TAKEN or ALREADY_BOOKED when the database refuses a race.',
  })
  bookConsultation(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: BookConsultationInput,
  ): Promise<ConsultationBookingModel> {
    return this.consultations.book(principal, input);
  }

  @SignedIn()
  @Mutation(() => ConsultationBookingModel)
  rescheduleConsultation(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RescheduleConsultationInput,
  ): Promise<ConsultationBookingModel> {
    return this.consultations.reschedule(principal, input);
  }

  @SignedIn()
  @Mutation(() => ConsultationBookingModel)
  cancelConsultation(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CancelConsultationInput,
  ): Promise<ConsultationBookingModel> {
    return this.consultations.cancel(principal, input);
  }
}

/** An application's consultation, beside the application (whoever may read it sees it). */
@Resolver(() => ApplicationModel)
export class ApplicationConsultationResolver {
  @ResolveField(() => ConsultationBookingModel, {
    nullable: true,
    description: 'The active consultation booking, if any.',
  })
  consultation(
    @Parent() application: Pick<ApplicationModel, 'id'>,
    @Context() context: GraphqlContext,
  ): Promise<ConsultationBookingModel | null> {
    return context.loaders.activeBookingOfApplication.load(application.id);
  }
}
