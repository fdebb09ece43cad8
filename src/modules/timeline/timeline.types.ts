// The timeline event record other features receive from TimelineService (they never import the entity).
export type { TimelineEventEntity as TimelineEventRecord } from './entities/timeline-event.entity.js';
