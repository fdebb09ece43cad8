import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Locale } from '../../common/i18n/locale.js';
import { pickLocalized } from '../../common/i18n/localized-text.js';
import {
  EventMode,
  EventStatus,
  type TimelineEventEntity,
} from '../timeline/entities/timeline-event.entity.js';

export interface CalendarEventSource {
  event: TimelineEventEntity;
  /** Link back to the event, shown as URL. */
  url: string;
}

// ical-generator escapes event text but writes the calendar name (NAME, X-WR-CALNAME)
// as given: escape it here (RFC 5545 TEXT), and fold line breaks into spaces.
const calendarNameText = (name: string): string =>
  name
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,');

const PLACE_REMOTE: Record<Locale, string> = { fi: 'Etäyhteys', sv: 'Distans', en: 'Online' };

/**
 * Builds an iCalendar (RFC 5545) document. Times are written in UTC (`…Z`), which every
 * calendar app places right without a VTIMEZONE; text goes through ical-generator's
 * escaping, so commas, semicolons, newlines or a `BEGIN:VALARM` in a title stay text.
 */
export function buildCalendar(options: {
  name: string;
  locale: Locale;
  items: CalendarEventSource[];
  method?: ICalCalendarMethod;
}): string {
  const calendar = ical({
    name: calendarNameText(options.name),
    prodId: { company: 'Akatemia', product: 'akatemia', language: options.locale.toUpperCase() },
    // Refresh hint for subscribing apps (REFRESH-INTERVAL and X-PUBLISHED-TTL).
    ttl: 60 * 60,
    method: options.method ?? ICalCalendarMethod.PUBLISH,
  });
  for (const { event, url } of options.items) {
    const description = pickLocalized(event.description, options.locale);
    const link = event.onlineUrl ? `\n\n${event.onlineUrl}` : '';
    calendar.createEvent({
      id: `${event.id}@akatemia`,
      sequence: event.sequence,
      stamp: event.updatedAt,
      lastModified: event.updatedAt,
      start: event.startsAt,
      end: event.endsAt,
      summary: pickLocalized(event.title, options.locale),
      description: `${description}${link}`.trim() || null,
      location:
        event.place ??
        (event.mode === EventMode.REMOTE
          ? `${PLACE_REMOTE[options.locale]}${event.onlineUrl ? ` ${event.onlineUrl}` : ''}`
          : null),
      url,
      status:
        event.status === EventStatus.CANCELLED
          ? ICalEventStatus.CANCELLED
          : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
