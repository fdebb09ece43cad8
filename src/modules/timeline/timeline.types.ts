// The timeline event record other features receive from TimelineService (they never import the entity).
export type { TimelineEventEntity as TimelineEventRecord } from './entities/timeline-event.entity.js';

import type { LocalizedText } from '../../common/i18n/localized-text.js';
import type { EventStatus } from './timeline-event.enums.js';

/** What registration (and other features acting on one event) learns about it and a person. */
export interface EventForParticipant {
  id: string;
  academyId: string;
  academySlug: string;
  academyTimeZone: string;
  academyTitle: LocalizedText;
  title: LocalizedText;
  startsAt: Date;
  status: EventStatus;
  /** The person is in the event's audience (inEventAudienceSql). */
  inAudience: boolean;
  /** The person hosts the event. */
  isHost: boolean;
}
