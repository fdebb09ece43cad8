import { Args, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ArgsType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles, SignedIn } from '../../common/auth/policy.decorator.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import { AppointmentRoundQueriesService } from './appointment-round-queries.service.js';
import {
  BookAppointmentInput,
  OpenAppointmentRoundInput,
  UpdateAppointmentRoundInput,
} from './dto/appointment-round.inputs.js';
import { AppointmentRoundModel } from './models/appointment-round.model.js';
import { ConsultationBookingModel } from './models/consultation-booking.model.js';
import { ConsultationSlotModel } from './models/consultation-slot.model.js';
import { BookAppointmentUseCase } from './usecases/book-appointment/book-appointment.usecase.js';

@ArgsType()
class AcademyRoundsArgs {
  @Field(() => ID) @IsUUID() academyId: string;
}

@ArgsType()
class RoundSlotsArgs {
  @Field({
    defaultValue: true,
    description: 'Only free future slots (always, for callers without a staff role).',
  })
  @IsOptional()
  @IsBoolean()
  onlyFree: boolean;
}

@ArgsType()
class RoundBookingsArgs {
  @Field(() => ID) @IsUUID() organisationId: string;
}

/**
 * Appointment rounds: the programme manager (ADMIN) opens and changes them; organisations
 * (and the slot's expert for them) book in them; everyone signed in lists an academy's rounds.
 */
@Resolver(() => AppointmentRoundModel)
export class AppointmentRoundsResolver {
  constructor(
    private readonly rounds: AppointmentRoundQueriesService,
    private readonly bookAppointmentUseCase: BookAppointmentUseCase,
  ) {}

  @SignedIn()
  @Query(() => [AppointmentRoundModel], { description: "The academy's rounds, oldest first." })
  appointmentRounds(@Args() args: AcademyRoundsArgs): Promise<AppointmentRoundModel[]> {
    return this.rounds.roundsOf(args.academyId);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => AppointmentRoundModel, {
    description:
      'Opens a round (programme manager): purpose, audience (default by purpose), window and bookings per organisation.',
  })
  openAppointmentRound(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: OpenAppointmentRoundInput,
  ): Promise<AppointmentRoundModel> {
    return this.rounds.open(principal, input);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => AppointmentRoundModel, {
    description: "Changes a round's titles, audience, window or bookings per organisation.",
  })
  updateAppointmentRound(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateAppointmentRoundInput,
  ): Promise<AppointmentRoundModel> {
    return this.rounds.update(principal, input);
  }

  @SignedIn()
  @Mutation(() => ConsultationBookingModel, {
    description:
      'Books a slot of any round for an organisation (its members, admins, or the expert who offers the slot). ROUND_CLOSED, NOT_IN_ROUND_AUDIENCE, ALREADY_BOOKED (the round’s limit), SLOT_TAKEN.',
  })
  bookAppointment(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: BookAppointmentInput,
  ): Promise<ConsultationBookingModel> {
    return this.bookAppointmentUseCase.forOrganisation(principal, input);
  }

  @ResolveField(() => [ConsultationSlotModel], {
    description: 'The round’s open slots; free future ones only for callers without a staff role.',
  })
  slots(
    @CurrentPrincipal() principal: Principal,
    @Parent() round: AppointmentRoundModel,
    @Args() args: RoundSlotsArgs,
  ): Promise<ConsultationSlotModel[]> {
    return this.rounds.slotsOf(principal, round.id, args.onlyFree);
  }

  @ResolveField(() => [ConsultationBookingModel], {
    description:
      "The organisation's active bookings in the round: for its members and staff (NOT_FOUND for others).",
  })
  bookings(
    @CurrentPrincipal() principal: Principal,
    @Parent() round: AppointmentRoundModel,
    @Args() args: RoundBookingsArgs,
  ): Promise<ConsultationBookingModel[]> {
    return this.rounds.bookingsOf(principal, round.id, args.organisationId);
  }
}
