import DataLoader from 'dataloader';
import type { LoaderRequest } from '../../../common/graphql/loaders.js';
import type { TimelineEventEntity } from '../entities/timeline-event.entity.js';
import type { TimelineService } from '../timeline.service.js';

/**
 * The events of academies the caller may see, by academy id, in time order: one statement for
 * every academy of a request (`academies { events }`).
 */
export function createAcademyEventsLoader(
  timeline: TimelineService,
  request: LoaderRequest,
): DataLoader<string, TimelineEventEntity[]> {
  return new DataLoader(async (academyIds) => {
    const principal = request.principal();
    // One academy (an academy page, the public hot path) keeps its own prepared statement.
    if (academyIds.length === 1) return [await timeline.eventsOf(principal, academyIds[0])];
    const byAcademy = await timeline.eventsOfAcademies(principal, academyIds);
    return academyIds.map((id) => byAcademy.get(id) ?? []);
  });
}
