import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles, SignedIn } from '../../common/auth/policy.decorator.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import { ConsultationBookingsService } from './consultation-bookings.service.js';
import { BookConsultationInput } from './dto/book-consultation.input.js';
import { CancelConsultationInput } from './dto/cancel-consultation.input.js';
import { RecordConsultationNotesInput } from './dto/record-consultation-notes.input.js';
import { RescheduleConsultationInput } from './dto/reschedule-consultation.input.js';
import { ConsultationBookingModel } from './models/consultation-booking.model.js';
import { BookAppointmentUseCase } from './usecases/book-appointment/book-appointment.usecase.js';
import { RescheduleConsultationUseCase } from './usecases/reschedule-consultation/reschedule-consultation.usecase.js';

/** Organisations book, move and cancel consultations; experts write their notes. */
@Resolver(() => ConsultationBookingModel)
export class ConsultationBookingsResolver {
  constructor(
    private readonly bookings: ConsultationBookingsService,
    private readonly bookAppointmentUseCase: BookAppointmentUseCase,
    private readonly rescheduleConsultationUseCase: RescheduleConsultationUseCase,
  ) {}

  @SignedIn()
  @Query(() => [ConsultationBookingModel], {
    description: "Your organisations' consultations, and (experts) those on your slots.",
  })
  myConsultations(@CurrentPrincipal() principal: Principal): Promise<ConsultationBookingModel[]> {
    return this.bookings.mine(principal);
  }

  @SignedIn()
  @Mutation(() => ConsultationBookingModel, {
    description: 'SLOT_TAKEN or ALREADY_BOOKED when the database refuses a race.',
  })
  bookConsultation(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: BookConsultationInput,
  ): Promise<ConsultationBookingModel> {
    return this.bookAppointmentUseCase.forApplication(principal, input);
  }

  @SignedIn()
  @Mutation(() => ConsultationBookingModel)
  rescheduleConsultation(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RescheduleConsultationInput,
  ): Promise<ConsultationBookingModel> {
    return this.rescheduleConsultationUseCase.execute(principal, input);
  }

  @SignedIn()
  @Mutation(() => ConsultationBookingModel)
  cancelConsultation(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CancelConsultationInput,
  ): Promise<ConsultationBookingModel> {
    return this.bookings.cancel(principal, input);
  }

  @Roles(GlobalRole.ADMIN, GlobalRole.EXPERT)
  @Mutation(() => ConsultationBookingModel)
  recordConsultationNotes(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RecordConsultationNotesInput,
  ): Promise<ConsultationBookingModel> {
    return this.bookings.recordNotes(principal, input.bookingId, input.notes);
  }
}
