import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BookingStatus } from './consultation-booking.enums.js';
import { SlotMode, SlotStatus } from './consultation-slot.enums.js';
import { ConsultationBookingEntity } from './entities/consultation-booking.entity.js';
import { ConsultationSlotEntity } from './entities/consultation-slot.entity.js';
import { AppointmentRoundsService } from './appointment-rounds.service.js';
import { DEFAULT_AUDIENCE, type RoundPurpose } from './appointment-round.enums.js';
import { AppointmentRoundEntity } from './entities/appointment-round.entity.js';

export interface HeldConsultationSeed {
  academyId: string;
  expertId: string;
  startsAt: Date;
  endsAt: Date;
  onlineUrl: string;
  applicationId: string;
  bookedById: string;
  /** The expert's notes of the discussion (the seed's "key-person interview"). */
  notes: string;
}

export interface HeldRoundSeed {
  academyId: string;
  purpose: RoundPurpose;
  title: { fi: string; sv: string; en: string };
  opensAt: Date;
  closesAt: Date;
  /** The sessions as held: one booking each, made by the organisation's contact. */
  sessions: Array<Omit<HeldConsultationSeed, 'academyId' | 'notes'>>;
}

/** Writes past consultations and rounds for the demo seed's history (no invites, no reminders). */
@Injectable()
export class ConsultationSeedService {
  constructor(private readonly rounds: AppointmentRoundsService) {}

  /**
   * A past round of the academy (e.g. its SPARRING round) with its held sessions — no
   * invites, no reminders. Idempotent by (academy, purpose): when the academy already has a
   * round of that purpose nothing is written and null is answered. Answers each session's
   * booking id by application id.
   */
  async seedHeldRound(
    manager: EntityManager,
    seed: HeldRoundSeed,
  ): Promise<Map<string, string> | null> {
    const rounds = manager.getRepository(AppointmentRoundEntity);
    if (await rounds.existsBy({ academyId: seed.academyId, purpose: seed.purpose })) return null;
    const round = await rounds.save(
      rounds.create({
        academyId: seed.academyId,
        purpose: seed.purpose,
        audience: DEFAULT_AUDIENCE[seed.purpose],
        titleFi: seed.title.fi,
        titleSv: seed.title.sv,
        titleEn: seed.title.en,
        opensAt: seed.opensAt,
        closesAt: seed.closesAt,
        bookingsPerOrganisation: 1,
      }),
    );
    const booked = new Map<string, string>();
    for (const session of seed.sessions) {
      const booking = await this.heldBooking(manager, round.id, {
        ...session,
        academyId: seed.academyId,
        notes: null,
      });
      booked.set(session.applicationId, booking.id);
    }
    return booked;
  }

  async seedHeldConsultation(
    manager: EntityManager,
    consultation: HeldConsultationSeed,
  ): Promise<ConsultationBookingEntity> {
    const round = await this.rounds.consultationRoundOf(consultation.academyId, manager);
    return this.heldBooking(manager, round.id, consultation);
  }

  private async heldBooking(
    manager: EntityManager,
    roundId: string,
    consultation: Omit<HeldConsultationSeed, 'notes'> & { notes: string | null },
  ): Promise<ConsultationBookingEntity> {
    const slots = manager.getRepository(ConsultationSlotEntity);
    const slot = await slots.save(
      slots.create({
        academyId: consultation.academyId,
        roundId,
        expertId: consultation.expertId,
        startsAt: consultation.startsAt,
        endsAt: consultation.endsAt,
        mode: SlotMode.REMOTE,
        place: null,
        onlineUrl: consultation.onlineUrl,
        status: SlotStatus.OPEN,
      }),
    );
    const bookings = manager.getRepository(ConsultationBookingEntity);
    return bookings.save(
      bookings.create({
        slotId: slot.id,
        roundId,
        seat: 1,
        applicationId: consultation.applicationId,
        status: BookingStatus.ACTIVE,
        bookedById: consultation.bookedById,
        notes: consultation.notes,
      }),
    );
  }
}
