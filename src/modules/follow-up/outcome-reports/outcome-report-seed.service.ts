import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { CircularMeasureEntity } from '../entities/circular-measure.entity.js';
import { FollowUpSettingsEntity } from '../entities/follow-up-settings.entity.js';
import { OutcomeReportMeasureEntity } from '../entities/outcome-report-measure.entity.js';
import { OutcomeReportMetricEntity } from '../entities/outcome-report-metric.entity.js';
import { OutcomeReportEntity } from '../entities/outcome-report.entity.js';
import { TrackedActionMetricEntity } from '../entities/tracked-action-metric.entity.js';
import { TrackedActionEntity } from '../entities/tracked-action.entity.js';
import { TrackedActionKind } from '../follow-up.enums.js';

/** A report as its responsible person left it (a draft when `submittedAt` is null). */
export interface OutcomeReportHistorySeed {
  academyId: string;
  organisationId: string;
  procured: string;
  criteriaText: string;
  lessons: string;
  permissionToPublish: boolean;
  /** Catalogue keys of the measures used. */
  measureKeys: string[];
  /** Final values by the pilot's metric name; a name the pilot lacks is left out. */
  finalValues: Array<{ metricName: string; value: string }>;
  byUserId: string;
  savedAt: Date;
  submittedAt: Date | null;
}

/**
 * Writes past outcome reports for the demo seed in the caller's transaction, without a
 * signed-in principal: the deadline as it was set (no reminders: it passed long ago) and each
 * report with its measures and final values, audited like a submission. Skips a pilot that
 * already has a report, and a deadline already set, so a repeat writes nothing.
 */
@Injectable()
export class OutcomeReportSeedService {
  constructor(private readonly audit: AuditService) {}

  /** Sets the academy's deadline unless one is set; true when written. */
  async seedDeadlineIfAbsent(
    manager: EntityManager,
    academyId: string,
    dueOn: string,
    actorId: string | null,
  ): Promise<boolean> {
    const repository = manager.getRepository(FollowUpSettingsEntity);
    const existing = await repository.findOneBy({ academyId });
    if (existing?.outcomeReportDueOn) return false;
    await repository.upsert({ academyId, outcomeReportDueOn: dueOn }, ['academyId']);
    await this.audit.record(manager, {
      actorId,
      action: 'outcome_report_deadline.set',
      entityType: 'academy',
      entityId: academyId,
      before: { outcomeReportDueOn: null },
      after: { outcomeReportDueOn: dueOn },
    });
    return true;
  }

  /** False, and nothing written, without the pilot or when it already has a report. */
  async seedIfAbsent(manager: EntityManager, seed: OutcomeReportHistorySeed): Promise<boolean> {
    const pilot = await manager.getRepository(TrackedActionEntity).findOneBy({
      academyId: seed.academyId,
      organisationId: seed.organisationId,
      kind: TrackedActionKind.PILOT_PROCUREMENT,
    });
    if (!pilot) return false;
    const repository = manager.getRepository(OutcomeReportEntity);
    if (await repository.existsBy({ trackedActionId: pilot.id })) return false;
    const measures =
      seed.measureKeys.length === 0
        ? []
        : await manager.getRepository(CircularMeasureEntity).find({
            where: { academyId: seed.academyId, key: In(seed.measureKeys) },
            select: { id: true, key: true },
          });
    const metrics = await manager
      .getRepository(TrackedActionMetricEntity)
      .find({ where: { trackedActionId: pilot.id }, select: { id: true, name: true } });
    const metricIds = new Map(metrics.map((metric) => [metric.name, metric.id]));
    const values = seed.finalValues.flatMap(({ metricName, value }) => {
      const metricId = metricIds.get(metricName);
      return metricId ? [{ metricId, finalValue: value }] : [];
    });
    const saved = await repository.save(
      repository.create({
        academyId: seed.academyId,
        trackedActionId: pilot.id,
        procured: seed.procured,
        criteriaText: seed.criteriaText,
        lessons: seed.lessons,
        permissionToPublish: seed.permissionToPublish,
        updatedBy: seed.byUserId,
        submittedAt: seed.submittedAt,
        submittedBy: seed.submittedAt ? seed.byUserId : null,
        createdAt: seed.savedAt,
        updatedAt: seed.submittedAt ?? seed.savedAt,
      }),
    );
    if (measures.length > 0)
      await manager.getRepository(OutcomeReportMeasureEntity).insert(
        measures.map((measure) => ({
          outcomeReportId: saved.id,
          measureId: measure.id,
          academyId: seed.academyId,
        })),
      );
    if (values.length > 0)
      await manager.getRepository(OutcomeReportMetricEntity).insert(
        values.map((value) => ({
          ...value,
          outcomeReportId: saved.id,
          trackedActionId: pilot.id,
        })),
      );
    await this.audit.record(manager, {
      actorId: seed.byUserId,
      action: seed.submittedAt ? 'outcome_report.submitted' : 'outcome_report.saved',
      entityType: 'outcome_report',
      entityId: saved.id,
      before: null,
      after: {
        trackedActionId: pilot.id,
        procured: seed.procured,
        criteriaText: seed.criteriaText,
        lessons: seed.lessons,
        permissionToPublish: seed.permissionToPublish,
        measureIds: measures.map((measure) => measure.id).sort(),
        finalValues: Object.fromEntries(values.map((value) => [value.metricId, value.finalValue])),
        submittedAt: seed.submittedAt?.toISOString() ?? null,
        seeded: true,
      },
    });
    return true;
  }
}
