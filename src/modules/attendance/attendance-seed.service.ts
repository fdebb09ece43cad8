import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventAttendanceEntity } from './entities/event-attendance.entity.js';

/** Who attended one past event, as staff recorded it (the demo seed's history). */
export interface AttendanceSeed {
  eventId: string;
  academyId: string;
  /** People of the cohort teams (cohort participant ids with their organisations). */
  attended: Array<{ participantId: string; organisationId: string }>;
  recordedById: string;
  recordedAt: Date;
}

/** Writes recorded attendance for the demo seed (the demo feature never writes it itself). */
@Injectable()
export class AttendanceSeedService {
  /** False, and nothing written, when the event already has attendance recorded. */
  async seedIfAbsent(manager: EntityManager, seed: AttendanceSeed): Promise<boolean> {
    const repository = manager.getRepository(EventAttendanceEntity);
    if (await repository.existsBy({ eventId: seed.eventId })) return false;
    if (seed.attended.length === 0) return false;
    await repository.insert(
      seed.attended.map((person) => ({
        eventId: seed.eventId,
        academyId: seed.academyId,
        participantId: person.participantId,
        organisationId: person.organisationId,
        recordedById: seed.recordedById,
        recordedAt: seed.recordedAt,
      })),
    );
    return true;
  }
}
