import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ProvidesLoaders } from '../../common/graphql/loader-registry.js';
import type { LoaderFactory } from '../../common/graphql/loaders.js';
import type { TrackedActionMeasureEntity } from './entities/tracked-action-measure.entity.js';
import { TrackedActionMeasuresService } from './measures/tracked-action-measures.service.js';
import type { TrackedActionMetricModel } from './metrics/metric.model.js';
import { TrackedActionMetricsService } from './metrics/tracked-action-metrics.service.js';
import type { ProgressUpdateModel } from './updates/progress-update.model.js';
import { ProgressUpdatesService } from './updates/progress-updates.service.js';

declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    /** The measures an action uses, with their catalogue entries, by action id. */
    trackedActionMeasures: DataLoader<string, TrackedActionMeasureEntity[]>;
    /** An action's metrics with measurements and progress, by action id. */
    trackedActionMetrics: DataLoader<string, TrackedActionMetricModel[]>;
    /** An action's newest updates with comments, by `{ actionId, limit }`. */
    trackedActionUpdates: DataLoader<UpdatesKey, ProgressUpdateModel[], string>;
  }
}

export interface UpdatesKey {
  actionId: string;
  limit: number;
}

/**
 * Measures, metrics and updates of tracked actions: a page of 50 actions costs one statement
 * for measures, two for metrics and four for updates, whatever the fan-out. The caller has
 * already been allowed to read each action (these are fields of a TrackedAction it was given).
 */
@Injectable()
@ProvidesLoaders()
export class FollowUpProgressLoaders implements LoaderFactory {
  constructor(
    private readonly measures: TrackedActionMeasuresService,
    private readonly metrics: TrackedActionMetricsService,
    private readonly updates: ProgressUpdatesService,
  ) {}

  create() {
    return {
      trackedActionMeasures: new DataLoader<string, TrackedActionMeasureEntity[]>(async (ids) => {
        const byAction = await this.measures.ofActions(ids);
        return ids.map((id) => byAction.get(id) ?? []);
      }),
      trackedActionMetrics: new DataLoader<string, TrackedActionMetricModel[]>(async (ids) => {
        const byAction = await this.metrics.ofActions(ids);
        return ids.map((id) => byAction.get(id) ?? []);
      }),
      trackedActionUpdates: new DataLoader<UpdatesKey, ProgressUpdateModel[], string>(
        async (keys) => {
          // One batch may ask different limits: read the largest, cut each to its own.
          const limit = Math.max(...keys.map((key) => key.limit));
          const byAction = await this.updates.ofActions(
            [...new Set(keys.map((key) => key.actionId))],
            limit,
          );
          return keys.map((key) => (byAction.get(key.actionId) ?? []).slice(0, key.limit));
        },
        { cacheKeyFn: (key) => `${key.actionId}:${key.limit}` },
      ),
    };
  }
}
