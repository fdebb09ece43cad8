import { remoteLocation, type CalendarItem } from '../../common/ical/calendar-builder.js';
import type { Locale } from '../../common/i18n/locale.js';
import { pickLocalized } from '../../common/i18n/localized-text.js';
import type { TimelineEventEntity } from './entities/timeline-event.entity.js';
import { EventMode, EventStatus } from './timeline-event.enums.js';

/**
 * A timeline event as a calendar item in the reader's language; `timeZone` is the
 * academy's (a period from midnight to midnight there becomes an all-day event).
 */
export function timelineItem(
  event: TimelineEventEntity,
  locale: Locale,
  url: string,
  timeZone: string,
): CalendarItem {
  const description = pickLocalized(event.description, locale);
  const link = event.onlineUrl ? `\n\n${event.onlineUrl}` : '';
  return {
    uid: `${event.id}@akatemia`,
    sequence: event.sequence,
    lastModified: event.updatedAt,
    start: event.startsAt,
    end: event.endsAt,
    timeZone,
    summary: pickLocalized(event.title, locale),
    description: `${description}${link}`.trim() || null,
    location:
      event.place ??
      (event.mode === EventMode.REMOTE ? remoteLocation(event.onlineUrl, locale) : null),
    url,
    cancelled: event.status === EventStatus.CANCELLED,
  };
}
