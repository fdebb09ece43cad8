import ical, { ICalAttendeeRole, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Locale } from '../i18n/locale.js';
import { wholeDays } from '../time/zoned-time.js';

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
  /** When the thing last changed (LAST-MODIFIED); DTSTAMP is when the file is written. */
  lastModified: Date;
  start: Date;
  end: Date;
  /**
   * The zone the thing is planned in (the academy's): a span from local midnight to local
   * midnight is written as an all-day event (VALUE=DATE) in it.
   */
  timeZone: string;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  cancelled: boolean;
  /** Not certain yet (e.g. on an event's waiting list): STATUS:TENTATIVE unless cancelled. */
  tentative?: boolean;
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

/**
 * Raised whenever the written form of a calendar changes (issue 11: no METHOD, all-day
 * dates, DTSTAMP): ETags include it, so a client's cached copy of the old form is sent again.
 */
export const CALENDAR_FORMAT_VERSION = 2;

/**
 * A parameter value (CN="…") or a calendar address as RFC 5545 allows it: a quoted
 * parameter value cannot contain `"` and has no escape for one, so a display name such as
 * `Mallory";ROLE=CHAIR:mailto:evil@…` could otherwise end the value and add parameters or
 * replace the address. Double quotes and control characters go (line breaks become
 * spaces); a backslash too, since ical-generator would double it into the value; and a
 * semicolon becomes a space: RFC 5545 allows it inside quotes, but node-ical and other
 * naive readers split parameters on every `;` and would still find `ROLE=CHAIR`.
 */
export const parameterSafe = (value: string): string =>
  value
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/["\\]/g, '')
    .replace(/;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A mail address as it goes into `mailto:`: nothing that could end the value or the line. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const addressSafe = (email: string): string => email.replace(/[\u0000-\u0020\u007f"\\;,:<>]/g, '');

const person = (someone: CalendarPerson): CalendarPerson => {
  const email = addressSafe(someone.email);
  return { name: parameterSafe(someone.name) || email, email };
};

/**
 * RFC 5545 wants at least one component in a VCALENDAR: a calendar with no events (a new
 * person's feed) carries this UTC time zone definition, which no app shows.
 */
const EMPTY_CALENDAR_COMPONENT = [
  'BEGIN:VTIMEZONE',
  'TZID:UTC',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0000',
  'TZNAME:UTC',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** A `yyyy-MM-dd` date as ical-generator writes an all-day date (from its UTC fields). */
const dateValue = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);

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
 * calendar app places right without a VTIMEZONE; a span of whole days in the item's zone
 * is an all-day event (`VALUE=DATE`). Text goes through ical-generator's escaping, so
 * commas, semicolons, newlines or a `BEGIN:VALARM` in a title stay text; names in
 * parameters (CN) lose what would end them.
 *
 * Downloads and subscriptions carry no METHOD: they are not iTIP messages, and iTIP's
 * PUBLISH would require an ORGANIZER on every event, which a timeline has none of.
 * Invitations say REQUEST or CANCEL and name their people. DTSTAMP is `generatedAt`
 * (when this file is written); LAST-MODIFIED is when the thing changed. The file ends
 * with CRLF, as every content line must.
 */
export function buildCalendar(options: {
  name: string;
  locale: Locale;
  items: CalendarItem[];
  generatedAt: Date;
  method?: ICalCalendarMethod.REQUEST | ICalCalendarMethod.CANCEL;
}): string {
  const calendar = ical({
    name: calendarNameText(options.name),
    prodId: { company: 'Akatemia', product: 'akatemia', language: options.locale.toUpperCase() },
    // Refresh hint for subscribing apps (REFRESH-INTERVAL and X-PUBLISHED-TTL); an
    // invitation is not subscribed to, so it has none.
    ttl: options.method ? null : 60 * 60,
    method: options.method ?? null,
  });
  for (const item of options.items) {
    const days = wholeDays(item.start, item.end, item.timeZone);
    const event = calendar.createEvent({
      id: item.uid,
      sequence: item.sequence,
      stamp: options.generatedAt,
      lastModified: item.lastModified,
      ...(days
        ? { allDay: true, start: dateValue(days.firstDay), end: dateValue(days.dayAfter) }
        : { start: item.start, end: item.end }),
      summary: item.summary,
      description: item.description,
      location: item.location,
      url: item.url,
      status: item.cancelled
        ? ICalEventStatus.CANCELLED
        : item.tentative
          ? ICalEventStatus.TENTATIVE
          : ICalEventStatus.CONFIRMED,
      organizer: item.organizer ? person(item.organizer) : null,
    });
    for (const attendee of item.attendees ?? []) {
      event.createAttendee({
        ...person(attendee),
        role: ICalAttendeeRole.REQ,
        rsvp: false,
      });
    }
  }
  let text = calendar.toString();
  if (options.items.length === 0) {
    text = text.replace(/END:VCALENDAR$/, `${EMPTY_CALENDAR_COMPONENT}\r\nEND:VCALENDAR`);
  }
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
