import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PersonalDataRegistry, type RetentionTask } from '../../common/privacy/personal-data.js';
import { RetentionKind } from '../../common/privacy/retention-kinds.js';
import { AuditService } from '../audit/audit.service.js';
import { bookingsOfAcademySql } from '../consultations/consultation-booking.sql.js';
import { TimelineService } from '../timeline/timeline.service.js';

/**
 * CONSULTATION_NOTES (issue 17) for sparring's own table: once the kind is due (counted from
 * the programme's end, as in ConsultationsRetention) the summaries of the academy's
 * appointments (`appointment_summaries`) are deleted, with the text in their audit entries. The
 * agreed actions stay: they are the
 * pilot's plan, kept with the follow-up.
 */
@Injectable()
export class SparringRetention implements RetentionTask, OnModuleInit {
  readonly name = 'sparring';

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly timeline: TimelineService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.registry.registerRetention(this);
  }

  async apply(
    manager: EntityManager,
    academyId: string,
    cutOffOf: (kind: string) => Date | undefined,
  ): Promise<Record<string, number>> {
    const cutOff = cutOffOf(RetentionKind.CONSULTATION_NOTES);
    if (!cutOff) return {};
    const end = await this.timeline.programmeEndOf(academyId, manager);
    if (!end || end > cutOff) return {};
    // TypeORM answers an UPDATE or DELETE with [rows, affectedCount].
    const [rows, deleted] = await manager.query<[Array<{ booking_id: string }>, number]>(
      `DELETE FROM appointment_summaries WHERE booking_id IN ${bookingsOfAcademySql('$1')}
       RETURNING booking_id`,
      [academyId],
    );
    // The audit entries of the summaries carry the text too (after.summary).
    await this.audit.redactFields(manager, {
      entityType: 'consultation_booking',
      entityIds: rows.map((row) => row.booking_id),
      actions: ['appointment_summary.recorded', 'appointment_summary.updated'],
      keys: ['summary'],
    });
    return { [RetentionKind.CONSULTATION_NOTES]: deleted };
  }
}
