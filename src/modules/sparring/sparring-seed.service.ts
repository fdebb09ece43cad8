import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AgreedActionTasksService } from '../follow-up/agreed-action-tasks.service.js';
import { agreedActionRecord } from './agreed-actions-source.js';
import { AgreedActionEntity } from './entities/agreed-action.entity.js';
import { AppointmentSummaryEntity } from './entities/appointment-summary.entity.js';

export interface HeldOutcomeSeed {
  bookingId: string;
  academyId: string;
  organisationId: string;
  summary: string;
  recordedById: string;
  /** When the expert wrote it up (after the session). */
  recordedAt: Date;
  actions: Array<{ title: string; ownerParticipantId: string; dueDate: string }>;
}

/**
 * Writes a past session's summary and agreed actions for the demo seed — no mail (the team
 * was told back then). Each agreed action becomes a task of the organisation's pilot as a
 * recorded one does. Skips a booking that already has a summary, so a repeat writes nothing.
 */
@Injectable()
export class SparringSeedService {
  constructor(private readonly tasks: AgreedActionTasksService) {}

  async seedOutcomeIfAbsent(manager: EntityManager, seed: HeldOutcomeSeed): Promise<boolean> {
    const inserted = await manager
      .getRepository(AppointmentSummaryEntity)
      .createQueryBuilder()
      .insert()
      .values({
        bookingId: seed.bookingId,
        summary: seed.summary,
        recordedById: seed.recordedById,
        createdAt: seed.recordedAt,
        updatedAt: seed.recordedAt,
      })
      .orIgnore()
      .returning(['booking_id'])
      .execute();
    if ((inserted.raw as unknown[]).length === 0) return false;
    const repository = manager.getRepository(AgreedActionEntity);
    for (const action of seed.actions) {
      const saved = await repository.save(
        repository.create({
          bookingId: seed.bookingId,
          academyId: seed.academyId,
          organisationId: seed.organisationId,
          title: action.title,
          ownerParticipantId: action.ownerParticipantId,
          dueDate: action.dueDate,
          createdById: seed.recordedById,
          createdAt: seed.recordedAt,
          updatedAt: seed.recordedAt,
          taskId: null,
        }),
      );
      const taskId = await this.tasks.record(manager, agreedActionRecord(saved));
      if (taskId) await repository.update({ id: saved.id }, { taskId });
    }
    return true;
  }
}
