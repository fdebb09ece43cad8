import ical, { ICalAttendeeRole, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Locale } from '../i18n/locale.js';

export interface CalendarPerson {
  name: string;
  email: string;
}

/**
 * One VEVENT, whatever it comes from: features turn their own things (timeline events,
 * consultations) into items; this file knows none of them.
 */
export interface CalendarItem {
  /** Stable for the thing: calendar apps match updates and cancellations by it. */
  uid: string;
  sequence: number;
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  cancelled: boolean;
  /** Invitations (METHOD:REQUEST/CANCEL) name who organises and who attends. */
  organizer?: CalendarPerson;
  attendees?: CalendarPerson[];
}

// ical-generator escapes event text but writes the calendar name (NAME, X-WR-CALNAME)
// as given: escape it here (RFC 5545 TEXT), and fold line breaks into spaces.
const calendarNameText = (name: string): string =>
  name
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,');

const PLACE_REMOTE: Record<Locale, string> = {
  fi: 'Etäyhteys',
  sv: 'Distans',
  en: 'Online',
};

/** The location of a remote meeting in words: "Online" and the link if there is one. */
export function remoteLocation(onlineUrl: string | null, locale: Locale): string {
  return `${PLACE_REMOTE[locale]}${onlineUrl ? ` ${onlineUrl}` : ''}`;
}

/**
 * Builds an iCalendar (RFC 5545) document. Times are written in UTC (`…Z`), which every
 * calendar app places right without a VTIMEZONE; text goes through ical-generator's
 * escaping, so commas, semicolons, newlines or a `BEGIN:VALARM` in a title stay text.
 */
export function buildCalendar(options: {
  name: string;
  locale: Locale;
  items: CalendarItem[];
  method?: ICalCalendarMethod;
}): string {
  const calendar = ical({
    name: calendarNameText(options.name),
    prodId: { company: 'Akatemia', product: 'akatemia', language: options.locale.toUpperCase() },
    // Refresh hint for subscribing apps (REFRESH-INTERVAL and X-PUBLISHED-TTL); an
    // invitation is not subscribed to, so it has none.
    ttl: options.method && options.method !== ICalCalendarMethod.PUBLISH ? null : 60 * 60,
    method: options.method ?? ICalCalendarMethod.PUBLISH,
  });
  for (const item of options.items) {
    const event = calendar.createEvent({
      id: item.uid,
      sequence: item.sequence,
      stamp: item.stamp,
      lastModified: item.stamp,
      start: item.start,
      end: item.end,
      summary: item.summary,
      description: item.description,
      location: item.location,
      url: item.url,
      status: item.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: item.organizer ?? null,
    });
    for (const attendee of item.attendees ?? []) {
      event.createAttendee({
        ...attendee,
        role: ICalAttendeeRole.REQ,
        rsvp: false,
      });
    }
  }
  return calendar.toString();
}
