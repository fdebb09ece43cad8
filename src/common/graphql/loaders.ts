import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

export interface HostSummary {
  id: string;
  name: string | null;
}

/**
 * Per-request batch loaders: a field that crosses to another table asks here, and all the
 * asks of one request become one query. Created fresh for every request (no cache leaks
 * between callers). Each feature declares its own loaders on this interface (declaration
 * merging in its `<feature>.loaders.ts`), so common/ names no feature.
 */
export interface Loaders {
  eventHosts: DataLoader<string, HostSummary[]>;
}

/** A feature's loaders provider (`<Feature>Loaders`): a fresh set of its loaders per call. */
export interface LoaderProvider {
  create(): object;
}

export function createLoaders(
  dataSource: DataSource,
  providers: readonly LoaderProvider[],
): Loaders {
  const loaders = {
    eventHosts: new DataLoader<string, HostSummary[]>(async (eventIds) => {
      const rows = await dataSource.query<
        Array<{ event_id: string; id: string; name: string | null }>
      >(
        `SELECT h.event_id, u.id, u.name FROM timeline_event_hosts h JOIN users u ON u.id = h.user_id
         WHERE h.event_id = ANY($1::uuid[]) ORDER BY u.name`,
        [eventIds],
      );
      const byEvent = new Map<string, HostSummary[]>();
      for (const row of rows) {
        const list = byEvent.get(row.event_id) ?? [];
        list.push({ id: row.id, name: row.name });
        byEvent.set(row.event_id, list);
      }
      return eventIds.map((id) => byEvent.get(id) ?? []);
    }),
  };
  // Each feature adds the loaders it declared on `Loaders`.
  return Object.assign(loaders, ...providers.map((provider) => provider.create())) as Loaders;
}
