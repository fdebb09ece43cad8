import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BookingStatus } from './consultation-booking.enums.js';
import { SlotMode, SlotStatus } from './consultation-slot.enums.js';
import { ConsultationBookingEntity } from './entities/consultation-booking.entity.js';
import { ConsultationSlotEntity } from './entities/consultation-slot.entity.js';
import { AppointmentRoundsService } from './appointment-rounds.service.js';

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

/** Writes past consultations for the demo seed's history (no invites, no reminders). */
@Injectable()
export class ConsultationSeedService {
  constructor(private readonly rounds: AppointmentRoundsService) {}

  async seedHeldConsultation(
    manager: EntityManager,
    consultation: HeldConsultationSeed,
  ): Promise<ConsultationBookingEntity> {
    const round = await this.rounds.consultationRoundOf(consultation.academyId, manager);
    const slots = manager.getRepository(ConsultationSlotEntity);
    const slot = await slots.save(
      slots.create({
        academyId: consultation.academyId,
        roundId: round.id,
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
        roundId: round.id,
        seat: 1,
        applicationId: consultation.applicationId,
        status: BookingStatus.ACTIVE,
        bookedById: consultation.bookedById,
        notes: consultation.notes,
      }),
    );
  }
}
