import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PersonalDataRegistry, type RetentionTask } from '../../common/privacy/personal-data.js';
import { RetentionKind } from '../../common/privacy/retention-kinds.js';
import { AuditService } from '../audit/audit.service.js';
import { TimelineService } from '../timeline/timeline.service.js';
import { bookingsOfAcademySql } from './consultation-booking.sql.js';

/**
 * CONSULTATION_NOTES (issue 17), counted from the programme's end (the end of the academy's
 * last scheduled CLOSING event; nothing is due without one): the experts' notes of the academy's
 * appointments (`notes`) and the reasons they were cancelled (`cancel_reason`) are removed; the
 * bookings stay (times, states: the programme's record); the reasons go from the cancellations'
 * audit entries too. The summaries are sparring's.
 */
@Injectable()
export class ConsultationsRetention implements RetentionTask, OnModuleInit {
  readonly name = 'consultations';

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
    const [rows, cleared] = await manager.query<[Array<{ id: string }>, number]>(
      `UPDATE consultation_bookings SET notes = NULL, cancel_reason = NULL, updated_at = now()
       WHERE id IN ${bookingsOfAcademySql('$1')}
         AND (notes IS NOT NULL OR cancel_reason IS NOT NULL) RETURNING id`,
      [academyId],
    );
    // The cancellation's audit entry carries the reason too (after.reason); the notes are
    // audited without their text.
    await this.audit.redactFields(manager, {
      entityType: 'consultation_booking',
      entityIds: rows.map((row) => row.id),
      actions: ['consultation.cancelled'],
      keys: ['reason'],
    });
    return { [RetentionKind.CONSULTATION_NOTES]: cleared };
  }
}
