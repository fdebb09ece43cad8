import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  EditionCopiers,
  type EditionCopier,
  type EditionShifter,
  type EditionWrite,
} from '../academies/editions/edition-copiers.js';
import { AppointmentRoundEntity } from './entities/appointment-round.entity.js';

/**
 * The next edition's appointment rounds: purpose, audience, titles and limit as they were,
 * the window at the same wall-clock times after the shift (an open end stays open). Slots and
 * bookings belong to the people of the source edition and stay behind.
 */
@Injectable()
export class AppointmentRoundsEditionCopier implements EditionCopier, OnModuleInit {
  readonly name = 'appointmentRounds';

  constructor(private readonly copiers: EditionCopiers) {}

  onModuleInit(): void {
    this.copiers.register(this);
  }

  async prepare(
    manager: EntityManager,
    sourceAcademyId: string,
    shifter: EditionShifter,
  ): Promise<EditionWrite> {
    const rounds = await manager
      .getRepository(AppointmentRoundEntity)
      .find({ where: { academyId: sourceAcademyId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const copies = rounds.map((round) => {
      const item = {
        kind: 'APPOINTMENT_ROUND',
        id: round.id,
        label: {
          fi: round.titleFi ?? round.purpose,
          sv: round.titleSv ?? undefined,
          en: round.titleEn ?? undefined,
        },
      };
      return {
        purpose: round.purpose,
        audience: round.audience,
        titleFi: round.titleFi,
        titleSv: round.titleSv,
        titleEn: round.titleEn,
        opensAt: shifter.optionalInstant(item, 'opensAt', round.opensAt),
        closesAt: shifter.optionalInstant(item, 'closesAt', round.closesAt),
        bookingsPerOrganisation: round.bookingsPerOrganisation,
      };
    });
    return async (writer, targetAcademyId) => {
      const repository = writer.getRepository(AppointmentRoundEntity);
      if (copies.length > 0)
        await repository.save(
          copies.map((copy) => repository.create({ ...copy, academyId: targetAcademyId })),
        );
      return { appointmentRounds: copies.length };
    };
  }
}
