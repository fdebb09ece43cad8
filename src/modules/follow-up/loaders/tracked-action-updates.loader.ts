import DataLoader from 'dataloader';
import type { ProgressUpdateModel } from '../updates/progress-update.model.js';
import type { ProgressUpdatesService } from '../updates/progress-updates.service.js';

export interface UpdatesKey {
  actionId: string;
  limit: number;
}

/** Each action's newest updates with comments, stage moves and names: four statements per batch. */
export function createTrackedActionUpdatesLoader(
  updates: ProgressUpdatesService,
): DataLoader<UpdatesKey, ProgressUpdateModel[], string> {
  return new DataLoader(
    async (keys) => {
      // One batch may ask different limits: read the largest, cut each to its own.
      const limit = Math.max(...keys.map((key) => key.limit));
      const byAction = await updates.ofActions(
        [...new Set(keys.map((key) => key.actionId))],
        limit,
      );
      return keys.map((key) => (byAction.get(key.actionId) ?? []).slice(0, key.limit));
    },
    { cacheKeyFn: (key) => `${key.actionId}:${key.limit}` },
  );
}
