import DataLoader from 'dataloader';
import type { TrackedActionMeasureEntity } from '../entities/tracked-action-measure.entity.js';
import type { TrackedActionMeasuresService } from '../measures/tracked-action-measures.service.js';

/** The measures each action uses, with their catalogue entries: one statement per batch. */
export function createTrackedActionMeasuresLoader(
  measures: TrackedActionMeasuresService,
): DataLoader<string, TrackedActionMeasureEntity[]> {
  return new DataLoader(async (ids) => {
    const byAction = await measures.ofActions(ids);
    return ids.map((id) => byAction.get(id) ?? []);
  });
}
