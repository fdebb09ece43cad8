import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

export interface HostSummary {
  id: string;
  name: string | null;
}

/**
 * Per-request batch loaders: a field that crosses to another table asks here, and all the
 * asks of one request become one query. Created fresh for every request (no cache leaks
 * between callers).
 */
export interface Loaders {
  eventHosts: DataLoader<string, HostSummary[]>;
}

export function createLoaders(dataSource: DataSource): Loaders {
  return {
    eventHosts: new DataLoader(async (eventIds) => {
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
}
