import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { ProvidesLoaders } from '../../common/graphql/loader-registry.js';
import type { LoaderFactory } from '../../common/graphql/loaders.js';
import type { TrackedActionMeasureEntity } from './entities/tracked-action-measure.entity.js';
import { createTrackedActionMeasuresLoader } from './loaders/tracked-action-measures.loader.js';
import { createTrackedActionMetricsLoader } from './loaders/tracked-action-metrics.loader.js';
import {
  createTrackedActionUpdatesLoader,
  type UpdatesKey,
} from './loaders/tracked-action-updates.loader.js';
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

/**
 * Measures, metrics and updates of tracked actions: a list of actions costs one statement for
 * measures, two for metrics and four for updates, whatever its length. The caller has already
 * been allowed to read each action (these are fields of a TrackedAction it was given).
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
      trackedActionMeasures: createTrackedActionMeasuresLoader(this.measures),
      trackedActionMetrics: createTrackedActionMetricsLoader(this.metrics),
      trackedActionUpdates: createTrackedActionUpdatesLoader(this.updates),
    };
  }
}
