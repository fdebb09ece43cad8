import DataLoader from 'dataloader';
import type { UsersService } from '../../users/users.service.js';
import type { TimelineService } from '../timeline.service.js';

export interface HostSummary {
  id: string;
  name: string | null;
}

/** The hosts of events, by event id, by name: two statements per batch (hosts, then people). */
export function createEventHostsLoader(
  timeline: TimelineService,
  users: UsersService,
): DataLoader<string, HostSummary[]> {
  return new DataLoader(async (eventIds) => {
    const hostIds = await timeline.hostIdsOf(eventIds);
    const people = await users.findByIds([...new Set([...hostIds.values()].flat())]);
    return eventIds.map((eventId) => {
      const ids = new Set(hostIds.get(eventId) ?? []);
      return people
        .filter((person) => ids.has(person.id))
        .map((person) => ({ id: person.id, name: person.name }));
    });
  });
}
