import {
  Args,
  ArgsType,
  Field,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles, SignedIn } from '../../common/auth/policy.decorator.js';
import { GlobalRole } from '../users/entities/user.entity.js';
import { ConsultationsService } from './consultations.service.js';
import {
  BookConsultationInput,
  CancelConsultationInput,
  PublishConsultationSlotsInput,
  RecordConsultationNotesInput,
  RescheduleConsultationInput,
  SlotIdInput,
} from './dto/consultation.input.js';
import { ConsultationBookingModel, ConsultationSlotModel } from './models/consultation.model.js';

@ArgsType()
export class ConsultationSlotsArgs {
  @Field(() => ID) @IsUUID() academyId: string;
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

  @ResolveField(() => String, {
    nullable: true,
    description: 'The expert’s notes: experts and admins only (null for others).',
  })
  notes(
    @CurrentPrincipal() principal: Principal,
    @Parent() booking: ConsultationBookingModel,
  ): Promise<string | null> {
    return this.consultations.notesOf(principal, booking.id);
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

  @SignedIn()
  @Query(() => [ConsultationSlotModel], {
    description:
      'Applicants: free future slots of an academy they apply to. Staff: all open slots.',
  })
  consultationSlots(
    @CurrentPrincipal() principal: Principal,
    @Args() args: ConsultationSlotsArgs,
  ): Promise<ConsultationSlotModel[]> {
    return this.consultations.slotsOf(principal, args.academyId);
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
