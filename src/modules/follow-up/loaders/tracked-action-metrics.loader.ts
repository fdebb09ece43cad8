import DataLoader from 'dataloader';
import type { TrackedActionMetricModel } from '../metrics/metric.model.js';
import type { TrackedActionMetricsService } from '../metrics/tracked-action-metrics.service.js';

/** Each action's metrics with measurements and progress: two statements per batch. */
export function createTrackedActionMetricsLoader(
  metrics: TrackedActionMetricsService,
): DataLoader<string, TrackedActionMetricModel[]> {
  return new DataLoader(async (ids) => {
    const byAction = await metrics.ofActions(ids);
    return ids.map((id) => byAction.get(id) ?? []);
  });
}
