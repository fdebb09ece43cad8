import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { LocalizedText } from '../../common/i18n/localized-text.js';
import { AuditService } from '../audit/audit.service.js';
import { CircularMeasureEntity } from './entities/circular-measure.entity.js';
import { MetricMeasurementEntity } from './entities/metric-measurement.entity.js';
import { ProgressUpdateEntity } from './entities/progress-update.entity.js';
import { TrackedActionMeasureEntity } from './entities/tracked-action-measure.entity.js';
import { TrackedActionMetricEntity } from './entities/tracked-action-metric.entity.js';
import { TrackedActionMilestoneEntity } from './entities/tracked-action-milestone.entity.js';
import { TrackedActionPublicationEntity } from './entities/tracked-action-publication.entity.js';
import { TrackedActionStageChangeEntity } from './entities/tracked-action-stage-change.entity.js';
import { TrackedActionTaskEntity } from './entities/tracked-action-task.entity.js';
import { TrackedActionEntity } from './entities/tracked-action.entity.js';
import { UpdateCommentEntity } from './entities/update-comment.entity.js';
import { MILESTONE_TITLES } from './follow-up-labels.js';
import type { MeasureStatus } from './follow-up-measures.enums.js';
import { MilestoneKind, TrackedActionKind, TrackedActionStage } from './follow-up.enums.js';
import { CircularMeasuresService } from './measures/circular-measures.service.js';
import { isRealDate } from './schedule.js';
import { PilotSharingService } from './sharing/pilot-sharing.service.js';
import { TrackedActionsService, actionSnapshot } from './tracked-actions.service.js';

/** A dated entry of the history: an update (moving the stage when `stage` is given) with comments. */
export interface HistoryUpdateSeed {
  authorId: string;
  at: Date;
  body: string;
  stage?: TrackedActionStage;
  comments?: Array<{ authorId: string; at: Date; body: string }>;
}

export interface PilotHistorySeed {
  academyId: string;
  organisationId: string;
  title: LocalizedText;
  description: LocalizedText;
  officialDescription: LocalizedText;
  /** A code of the academy's pilot categories. */
  category: string;
  declaredOnSchedule: boolean;
  milestones: Array<{
    kind: MilestoneKind;
    /** Required for CUSTOM; else the kind's fi/sv/en name. */
    title?: LocalizedText;
    plannedDate: string;
    doneAt: Date | null;
  }>;
  /** Oldest first; stage moves go through the stage path (history rows with who and when). */
  updates: HistoryUpdateSeed[];
  /** By the catalogue's key (the academy's measures are seeded first). */
  measures: Array<{
    key: string;
    status: MeasureStatus;
    note: string | null;
    criterionText?: string | null;
  }>;
  metrics: Array<{
    name: string;
    unit: string;
    baseline: string;
    target: string;
    measurements: Array<{ on: string; value: string; note?: string | null }>;
  }>;
  /** The pilot's existing tasks (sparring's agreed actions) done, by title, and by whom. */
  tasksDone: Array<{ title: string; doneAt: Date; byId: string | null }>;
  /** Published on the academy's results page (only written when the organisation consented). */
  published: { at: Date; byId: string } | null;
}

export interface ActionPlanActionSeed {
  academyId: string;
  title: LocalizedText;
  description: LocalizedText;
  officialDescription: LocalizedText;
  category: string | null;
  declaredOnSchedule: boolean;
  createdAt: Date;
  createdById: string;
  /** Stage moves from NOT_STARTED, oldest first. */
  stages: Array<{ stage: TrackedActionStage; byId: string; at: Date }>;
  tasks: Array<{ title: string; dueDate: string; ownerUserId: string | null; doneAt: Date | null }>;
}

/**
 * Writes follow-up history for the demo seed in the caller's transaction: a pilot's texts,
 * milestones, stage moves (through `TrackedActionsService.changeStage`, so the stage history
 * has who and when), measures, metrics with measurements, progress updates with comments,
 * done tasks and its publication; and actions of a programme's action plan. Times are those of
 * the story, not the server's clock. Each part is audited like the edit it stands for. A pilot
 * that already has a history (stage moves or updates) and an action already in the plan (same
 * Finnish title) are left alone, so a repeat writes nothing.
 */
@Injectable()
export class FollowUpSeedService {
  constructor(
    private readonly actions: TrackedActionsService,
    private readonly catalogue: CircularMeasuresService,
    private readonly sharing: PilotSharingService,
    private readonly audit: AuditService,
  ) {}

  /** The academy's catalogue of circular measures (the reference list), if it has none yet. */
  seedCatalogue(manager: EntityManager, academyId: string): Promise<number> {
    return this.catalogue.seedDefaults(manager, academyId);
  }

  /** Writes the pilot's history; false when there is no pilot or it already has a history. */
  async seedPilotHistoryIfAbsent(manager: EntityManager, seed: PilotHistorySeed): Promise<boolean> {
    let action = await manager.getRepository(TrackedActionEntity).findOne({
      where: {
        academyId: seed.academyId,
        organisationId: seed.organisationId,
        kind: TrackedActionKind.PILOT_PROCUREMENT,
      },
      lock: { mode: 'pessimistic_write' },
    });
    if (!action) return false;
    const hasHistory =
      (await manager
        .getRepository(TrackedActionStageChangeEntity)
        .existsBy({ trackedActionId: action.id })) ||
      (await manager.getRepository(ProgressUpdateEntity).existsBy({ trackedActionId: action.id }));
    if (hasHistory) return false;
    for (const { plannedDate } of seed.milestones) this.checkDate(plannedDate);
    for (const metric of seed.metrics) for (const { on } of metric.measurements) this.checkDate(on);

    const first = seed.updates[0]?.at ?? new Date();
    const before = actionSnapshot(action);
    Object.assign(action, {
      title: seed.title,
      description: seed.description,
      officialDescription: seed.officialDescription,
      category: seed.category,
      declaredOnSchedule: seed.declaredOnSchedule,
    });
    action = await manager.getRepository(TrackedActionEntity).save(action);
    await this.audit.record(manager, {
      actorId: seed.updates[0]?.authorId ?? null,
      action: 'tracked_action.updated',
      entityType: 'tracked_action',
      entityId: action.id,
      before,
      after: actionSnapshot(action),
    });

    await this.writeMilestones(manager, action.id, seed.milestones, seed.updates[0]?.authorId);
    action = await this.writeUpdates(manager, action, seed.updates);
    await this.writeMeasures(manager, action, seed.measures, seed.updates[0]?.authorId);
    await this.writeMetrics(manager, action.id, seed.metrics, seed.updates[0]?.authorId);
    await this.completeTasks(manager, action.id, seed.tasksDone);
    if (seed.published && (await this.sharing.sharingOf(action, manager)).consent) {
      await manager
        .getRepository(TrackedActionPublicationEntity)
        .insert({ trackedActionId: action.id, publishedAt: seed.published.at });
      await this.audit.record(manager, {
        actorId: seed.published.byId,
        action: 'tracked_action.published',
        entityType: 'tracked_action',
        entityId: action.id,
        before: { published: false },
        after: { published: true },
      });
    }
    // The action's updated_at is its last activity in the story.
    const last = [first, ...seed.updates.map((update) => update.at)].reduce((a, b) =>
      a > b ? a : b,
    );
    await manager.getRepository(TrackedActionEntity).update({ id: action.id }, { updatedAt: last });
    return true;
  }

  /** Adds the action to the academy's plan; false when the plan has one of that Finnish title. */
  async seedActionIfAbsent(manager: EntityManager, seed: ActionPlanActionSeed): Promise<boolean> {
    const repository = manager.getRepository(TrackedActionEntity);
    const existing = await repository.findOneBy({
      academyId: seed.academyId,
      kind: TrackedActionKind.ACTION,
      title: { fi: seed.title.fi },
    });
    if (existing) return false;
    for (const task of seed.tasks) this.checkDate(task.dueDate);
    let action = await repository.save(
      repository.create({
        academyId: seed.academyId,
        kind: TrackedActionKind.ACTION,
        organisationId: null,
        title: seed.title,
        description: seed.description,
        officialDescription: seed.officialDescription,
        category: seed.category,
        stage: TrackedActionStage.NOT_STARTED,
        declaredOnSchedule: seed.declaredOnSchedule,
        createdAt: seed.createdAt,
        updatedAt: seed.createdAt,
      }),
    );
    await this.audit.record(manager, {
      actorId: seed.createdById,
      action: 'tracked_action.created',
      entityType: 'tracked_action',
      entityId: action.id,
      before: null,
      after: actionSnapshot(action),
    });
    for (const move of seed.stages)
      action = (
        await this.actions.changeStage(
          manager,
          { user: { id: move.byId } },
          action,
          move.stage,
          move.at,
        )
      ).action;
    const tasks = manager.getRepository(TrackedActionTaskEntity);
    for (const task of seed.tasks) {
      const saved = await tasks.save(
        tasks.create({
          trackedActionId: action.id,
          title: task.title,
          ownerParticipantId: null,
          ownerUserId: task.ownerUserId,
          dueDate: task.dueDate,
          doneAt: task.doneAt,
          agreedActionId: null,
          createdAt: seed.createdAt,
          updatedAt: seed.createdAt,
        }),
      );
      await this.audit.record(manager, {
        actorId: seed.createdById,
        action: 'task.added',
        entityType: 'tracked_action',
        entityId: action.id,
        before: null,
        after: { taskId: saved.id, title: saved.title, dueDate: saved.dueDate },
      });
    }
    const last = [seed.createdAt, ...seed.stages.map((move) => move.at)].reduce((a, b) =>
      a > b ? a : b,
    );
    await repository.update({ id: action.id }, { updatedAt: last });
    return true;
  }

  private async writeMilestones(
    manager: EntityManager,
    trackedActionId: string,
    milestones: PilotHistorySeed['milestones'],
    actorId: string | undefined,
  ): Promise<void> {
    const repository = manager.getRepository(TrackedActionMilestoneEntity);
    for (const milestone of milestones) {
      const title =
        milestone.title ??
        (milestone.kind === MilestoneKind.CUSTOM ? null : { ...MILESTONE_TITLES[milestone.kind] });
      if (!title) throw new Error('A CUSTOM milestone needs a title');
      const saved = await repository.save(
        repository.create({
          trackedActionId,
          kind: milestone.kind,
          title,
          plannedDate: milestone.plannedDate,
          doneAt: milestone.doneAt,
        }),
      );
      await this.audit.record(manager, {
        actorId: actorId ?? null,
        action: 'milestone.added',
        entityType: 'tracked_action',
        entityId: trackedActionId,
        before: null,
        after: {
          milestoneId: saved.id,
          kind: saved.kind,
          plannedDate: saved.plannedDate,
          doneAt: saved.doneAt?.toISOString() ?? null,
        },
      });
    }
  }

  private async writeUpdates(
    manager: EntityManager,
    action: TrackedActionEntity,
    updates: HistoryUpdateSeed[],
  ): Promise<TrackedActionEntity> {
    const repository = manager.getRepository(ProgressUpdateEntity);
    const comments = manager.getRepository(UpdateCommentEntity);
    for (const entry of updates) {
      let stageChangeId: string | null = null;
      if (entry.stage && entry.stage !== action.stage) {
        const moved = await this.actions.changeStage(
          manager,
          { user: { id: entry.authorId } },
          action,
          entry.stage,
          entry.at,
        );
        action = moved.action;
        stageChangeId = moved.change.id;
      }
      const update = await repository.save(
        repository.create({
          trackedActionId: action.id,
          authorId: entry.authorId,
          body: entry.body,
          stageChangeId,
          writtenAt: entry.at,
          createdAt: entry.at,
          updatedAt: entry.at,
        }),
      );
      await this.audit.record(manager, {
        actorId: entry.authorId,
        action: 'progress_update.written',
        entityType: 'progress_update',
        entityId: update.id,
        before: null,
        after: { trackedActionId: action.id, body: update.body, stageChangeId },
      });
      for (const comment of entry.comments ?? []) {
        const saved = await comments.save(
          comments.create({
            progressUpdateId: update.id,
            authorId: comment.authorId,
            body: comment.body,
            writtenAt: comment.at,
            createdAt: comment.at,
            updatedAt: comment.at,
          }),
        );
        await this.audit.record(manager, {
          actorId: comment.authorId,
          action: 'update_comment.written',
          entityType: 'update_comment',
          entityId: saved.id,
          before: null,
          after: { progressUpdateId: update.id, trackedActionId: action.id, body: saved.body },
        });
      }
    }
    return action;
  }

  private async writeMeasures(
    manager: EntityManager,
    action: TrackedActionEntity,
    measures: PilotHistorySeed['measures'],
    actorId: string | undefined,
  ): Promise<void> {
    if (measures.length === 0) return;
    const catalogue = await manager.getRepository(CircularMeasureEntity).findBy({
      academyId: action.academyId,
      key: In(measures.map((measure) => measure.key)),
    });
    const byKey = new Map(catalogue.map((measure) => [measure.key, measure]));
    const repository = manager.getRepository(TrackedActionMeasureEntity);
    for (const use of measures) {
      const measure = byKey.get(use.key);
      if (!measure) continue; // the academy's catalogue lacks it (an admin removed it)
      const saved = await repository.save(
        repository.create({
          trackedActionId: action.id,
          academyId: action.academyId,
          measureId: measure.id,
          status: use.status,
          note: use.note,
          criterionText: measure.takesCriterionText ? (use.criterionText ?? null) : null,
        }),
      );
      await this.audit.record(manager, {
        actorId: actorId ?? null,
        action: 'tracked_action_measure.set',
        entityType: 'tracked_action_measure',
        entityId: saved.id,
        before: null,
        after: {
          trackedActionId: action.id,
          measureId: measure.id,
          status: saved.status,
          note: saved.note,
          criterionText: saved.criterionText,
        },
      });
    }
  }

  private async writeMetrics(
    manager: EntityManager,
    trackedActionId: string,
    metrics: PilotHistorySeed['metrics'],
    actorId: string | undefined,
  ): Promise<void> {
    const repository = manager.getRepository(TrackedActionMetricEntity);
    const rows = manager.getRepository(MetricMeasurementEntity);
    for (const [position, metric] of metrics.entries()) {
      const saved = await repository.save(
        repository.create({
          trackedActionId,
          name: metric.name,
          unit: metric.unit,
          baseline: metric.baseline,
          target: metric.target,
          position,
        }),
      );
      await this.audit.record(manager, {
        actorId: actorId ?? null,
        action: 'tracked_action_metric.added',
        entityType: 'tracked_action_metric',
        entityId: saved.id,
        before: null,
        after: { trackedActionId, name: saved.name, unit: saved.unit },
      });
      for (const measurement of metric.measurements) {
        const row = await rows.save(
          rows.create({
            trackedActionId,
            metricId: saved.id,
            measuredOn: measurement.on,
            value: measurement.value,
            note: measurement.note ?? null,
          }),
        );
        await this.audit.record(manager, {
          actorId: actorId ?? null,
          action: 'metric_measurement.recorded',
          entityType: 'metric_measurement',
          entityId: row.id,
          before: null,
          after: { trackedActionId, metricId: saved.id, measuredOn: row.measuredOn },
        });
      }
    }
  }

  private async completeTasks(
    manager: EntityManager,
    trackedActionId: string,
    done: PilotHistorySeed['tasksDone'],
  ): Promise<void> {
    const repository = manager.getRepository(TrackedActionTaskEntity);
    for (const { title, doneAt, byId } of done) {
      const task = await repository.findOneBy({ trackedActionId, title });
      if (!task || task.doneAt) continue;
      await repository.update({ id: task.id }, { doneAt });
      await this.audit.record(manager, {
        actorId: byId,
        action: 'task.done',
        entityType: 'tracked_action',
        entityId: trackedActionId,
        before: { taskId: task.id, doneAt: null },
        after: { taskId: task.id, doneAt: doneAt.toISOString() },
      });
    }
  }

  private checkDate(value: string): void {
    if (!isRealDate(value)) throw new Error(`Follow-up seed: ${value} is not a date`);
  }
}
