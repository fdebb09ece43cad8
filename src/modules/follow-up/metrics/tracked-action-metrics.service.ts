import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import type { Principal } from '../../../common/auth/principal.js';
import { DomainException } from '../../../common/errors/domain.exception.js';
import { ErrorCode } from '../../../common/errors/error-code.js';
import { ContendedTransactions } from '../../../database/contended-transactions.js';
import { AuditService } from '../../audit/audit.service.js';
import { MetricMeasurementEntity } from '../entities/metric-measurement.entity.js';
import { TrackedActionMetricEntity } from '../entities/tracked-action-metric.entity.js';
import type { TrackedActionEntity } from '../entities/tracked-action.entity.js';
import { FollowUpAccessService } from '../follow-up-access.service.js';
import type { TrackedActionModel } from '../models/tracked-action.model.js';
import { checkedDate } from '../tracked-action-items.service.js';
import { TrackedActionsService } from '../tracked-actions.service.js';
import type {
  AddMetricInput,
  RecordMeasurementInput,
  RemoveMetricInput,
  UpdateMetricInput,
} from './metric.input.js';
import { metricProgress, normalizeDecimal } from './metric-progress.js';
import type { MetricMeasurementModel, TrackedActionMetricModel } from './metric.model.js';

const metricSnapshot = (metric: TrackedActionMetricEntity): Record<string, unknown> => ({
  trackedActionId: metric.trackedActionId,
  name: metric.name,
  unit: metric.unit,
  baseline: normalizeDecimal(metric.baseline),
  target: normalizeDecimal(metric.target),
});

const measurementSnapshot = (row: MetricMeasurementEntity): Record<string, unknown> => ({
  trackedActionId: row.trackedActionId,
  metricId: row.metricId,
  measuredOn: row.measuredOn,
  value: normalizeDecimal(row.value),
  note: row.note,
});

const toMeasurementModel = (row: MetricMeasurementEntity): MetricMeasurementModel => ({
  id: row.id,
  measuredOn: row.measuredOn,
  value: normalizeDecimal(row.value),
  note: row.note,
});

/** A metric with its measurements (oldest first) as the API shows it, progress computed. */
export function toMetricModel(
  metric: TrackedActionMetricEntity,
  measurements: MetricMeasurementEntity[],
): TrackedActionMetricModel {
  const models = measurements.map(toMeasurementModel);
  const latest = models.at(-1) ?? null;
  return {
    id: metric.id,
    name: metric.name,
    unit: metric.unit,
    baseline: normalizeDecimal(metric.baseline),
    target: normalizeDecimal(metric.target),
    measurements: models,
    latest,
    progress: metricProgress(metric.baseline, metric.target, latest?.value ?? null),
  };
}

/**
 * Metrics of an action and their dated measurements. Edited by whoever may edit the action,
 * under its row lock, audited. A measurement names its action and metric; the metric must be
 * the action's (checked here, and by the composite key underneath).
 */
@Injectable()
export class TrackedActionMetricsService {
  constructor(
    private readonly transactions: ContendedTransactions,
    @InjectRepository(TrackedActionMetricEntity)
    private readonly metrics: Repository<TrackedActionMetricEntity>,
    @InjectRepository(MetricMeasurementEntity)
    private readonly measurements: Repository<MetricMeasurementEntity>,
    private readonly access: FollowUpAccessService,
    private readonly actions: TrackedActionsService,
    private readonly audit: AuditService,
  ) {}

  /** Each action's metrics in their order with measurements: two statements for any number of actions. */
  async ofActions(actionIds: readonly string[]): Promise<Map<string, TrackedActionMetricModel[]>> {
    const byAction = new Map<string, TrackedActionMetricModel[]>(actionIds.map((id) => [id, []]));
    if (actionIds.length === 0) return byAction;
    const metrics = await this.metrics.find({
      where: { trackedActionId: In([...actionIds]) },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    if (metrics.length === 0) return byAction;
    const rows = await this.measurements.find({
      where: { trackedActionId: In([...actionIds]) },
      order: { measuredOn: 'ASC' },
    });
    const byMetric = new Map<string, MetricMeasurementEntity[]>();
    for (const row of rows) {
      const list = byMetric.get(row.metricId) ?? [];
      list.push(row);
      byMetric.set(row.metricId, list);
    }
    for (const metric of metrics)
      byAction
        .get(metric.trackedActionId)
        ?.push(toMetricModel(metric, byMetric.get(metric.id) ?? []));
    return byAction;
  }

  add(principal: Principal, input: AddMetricInput): Promise<TrackedActionModel> {
    return this.transactions.run(async (manager) => {
      const action = await this.access.lockForEdit(principal, input.trackedActionId, manager);
      const repository = manager.getRepository(TrackedActionMetricEntity);
      const last = await repository.findOne({
        where: { trackedActionId: action.id },
        order: { position: 'DESC' },
        select: { id: true, position: true },
      });
      const metric = await repository.save(
        repository.create({
          trackedActionId: action.id,
          name: input.name.trim(),
          unit: input.unit.trim(),
          baseline: input.baseline,
          target: input.target,
          position: (last?.position ?? -1) + 1,
        }),
      );
      await this.recordMetric(manager, principal, 'tracked_action_metric.added', metric, null);
      return this.actions.modelAfterEdit(action, manager);
    });
  }

  update(principal: Principal, input: UpdateMetricInput): Promise<TrackedActionModel> {
    return this.transactions.run(async (manager) => {
      const action = await this.access.lockForEdit(principal, input.trackedActionId, manager);
      const metric = await this.requireMetricOf(action, input.metricId, manager);
      const before = metricSnapshot(metric);
      if (input.name) metric.name = input.name.trim();
      if (input.unit) metric.unit = input.unit.trim();
      if (input.baseline) metric.baseline = input.baseline;
      if (input.target) metric.target = input.target;
      const saved = await manager.getRepository(TrackedActionMetricEntity).save(metric);
      await this.recordMetric(manager, principal, 'tracked_action_metric.updated', saved, before);
      return this.actions.modelAfterEdit(action, manager);
    });
  }

  remove(principal: Principal, input: RemoveMetricInput): Promise<TrackedActionModel> {
    return this.transactions.run(async (manager) => {
      const action = await this.access.lockForEdit(principal, input.trackedActionId, manager);
      const metric = await this.requireMetricOf(action, input.metricId, manager);
      const before = metricSnapshot(metric);
      // Its measurements go with it (ON DELETE CASCADE); the audit keeps how many.
      const count = await manager
        .getRepository(MetricMeasurementEntity)
        .countBy({ metricId: metric.id });
      await manager.getRepository(TrackedActionMetricEntity).delete({ id: metric.id });
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'tracked_action_metric.removed',
        entityType: 'tracked_action_metric',
        entityId: metric.id,
        before: { ...before, measurements: count },
        after: null,
      });
      return this.actions.modelAfterEdit(action, manager);
    });
  }

  /** Records (or, for a date already recorded, replaces) one measurement. */
  recordMeasurement(
    principal: Principal,
    input: RecordMeasurementInput,
  ): Promise<TrackedActionModel> {
    // A date that does not exist is refused before anything is read or written.
    const measuredOn = checkedDate(input.measuredOn, 'input.measuredOn');
    return this.transactions.run(async (manager) => {
      const action = await this.access.lockForEdit(principal, input.trackedActionId, manager);
      const metric = await this.requireMetricOf(action, input.metricId, manager);
      const repository = manager.getRepository(MetricMeasurementEntity);
      const existing = await repository.findOneBy({ metricId: metric.id, measuredOn });
      const before = existing ? measurementSnapshot(existing) : null;
      const row =
        existing ??
        repository.create({ trackedActionId: action.id, metricId: metric.id, measuredOn });
      row.value = input.value;
      row.note = input.note?.trim() || null;
      const saved = await repository.save(row);
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: existing ? 'metric_measurement.replaced' : 'metric_measurement.recorded',
        entityType: 'metric_measurement',
        entityId: saved.id,
        before,
        after: measurementSnapshot(saved),
      });
      return this.actions.modelAfterEdit(action, manager);
    });
  }

  /** The metric if it is the action's; METRIC_NOT_IN_ACTION otherwise (another action's, or none). */
  private async requireMetricOf(
    action: TrackedActionEntity,
    metricId: string,
    manager: EntityManager,
  ): Promise<TrackedActionMetricEntity> {
    const metric = await manager
      .getRepository(TrackedActionMetricEntity)
      .findOneBy({ id: metricId, trackedActionId: action.id });
    if (!metric)
      throw new DomainException(ErrorCode.METRIC_NOT_IN_ACTION, { field: 'input.metricId' });
    return metric;
  }

  private recordMetric(
    manager: EntityManager,
    principal: Principal,
    action: string,
    metric: TrackedActionMetricEntity,
    before: Record<string, unknown> | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: principal.user.id,
      action,
      entityType: 'tracked_action_metric',
      entityId: metric.id,
      before,
      after: metricSnapshot(metric),
    });
  }
}
