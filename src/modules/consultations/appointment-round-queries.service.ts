import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal.js';
import { notFound } from '../../common/errors/domain.exception.js';
import { AcademiesService } from '../academies/academies.service.js';
import { AppointmentRoundsService } from './appointment-rounds.service.js';
import { ConsultationBookingsService } from './consultation-bookings.service.js';
import { ConsultationSlotsService } from './consultation-slots.service.js';
import type {
  OpenAppointmentRoundInput,
  UpdateAppointmentRoundInput,
} from './dto/appointment-round.inputs.js';
import type { ConsultationBookingEntity } from './entities/consultation-booking.entity.js';
import type { ConsultationSlotEntity } from './entities/consultation-slot.entity.js';
import type { AppointmentRoundModel } from './models/appointment-round.model.js';

/** Rounds as the API shows them (in the academy's zone), and their slots and bookings. */
@Injectable()
export class AppointmentRoundQueriesService {
  constructor(
    private readonly rounds: AppointmentRoundsService,
    private readonly academies: AcademiesService,
    private readonly slots: ConsultationSlotsService,
    private readonly bookings: ConsultationBookingsService,
  ) {}

  async roundsOf(academyId: string): Promise<AppointmentRoundModel[]> {
    const academy = await this.academies.require(academyId);
    const rounds = await this.rounds.roundsOf(academyId);
    return rounds.map((round) => this.rounds.toModel(round, academy.timeZone));
  }

  async open(
    principal: Principal,
    input: OpenAppointmentRoundInput,
  ): Promise<AppointmentRoundModel> {
    const round = await this.rounds.open(principal, input);
    const academy = await this.academies.require(round.academyId);
    return this.rounds.toModel(round, academy.timeZone);
  }

  async update(
    principal: Principal,
    input: UpdateAppointmentRoundInput,
  ): Promise<AppointmentRoundModel> {
    const round = await this.rounds.update(principal, input);
    const academy = await this.academies.require(round.academyId);
    return this.rounds.toModel(round, academy.timeZone);
  }

  async slotsOf(
    principal: Principal,
    roundId: string,
    onlyFree: boolean,
  ): Promise<ConsultationSlotEntity[]> {
    const round = await this.rounds.findById(roundId);
    if (!round) throw notFound();
    return this.slots.slotsOfRound(principal, round, onlyFree);
  }

  async bookingsOf(
    principal: Principal,
    roundId: string,
    organisationId: string,
  ): Promise<ConsultationBookingEntity[]> {
    const round = await this.rounds.findById(roundId);
    if (!round) throw notFound();
    return this.bookings.ofOrganisationInRound(principal, round, organisationId);
  }
}
