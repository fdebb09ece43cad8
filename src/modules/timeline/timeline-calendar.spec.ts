import ICAL from 'ical.js';
import { ICalCalendarMethod } from 'ical-generator';
import { Locale } from '../../common/i18n/locale.js';
import { EventMode, EventStatus } from './timeline-event.enums.js';
import { buildCalendar } from '../../common/ical/calendar-builder.js';
import { timelineItem } from './timeline-calendar-item.js';
import { calendarItem as item } from '../../common/ical/calendar-item.fixture.js';

const GENERATED_AT = new Date('2027-06-01T12:00:00Z');

/** The document as Mozilla's ical.js reads it. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((vevent) => ({
      vevent,
      event: new ICAL.Event(vevent),
    })),
  };
}

/** Unfolded content lines (RFC 5545 folds long lines with CRLF + space). */
const lines = (text: string): string[] => text.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('buildCalendar', () => {
  it('writes each item with its UID, SEQUENCE and status, in UTC with no TZID', () => {
    const text = buildCalendar({
      name: 'Akatemia',
      locale: Locale.fi,
      generatedAt: GENERATED_AT,
      items: [
        item(),
        item({
          uid: 'event-2@akatemia',
          sequence: 3,
          cancelled: true,
          start: new Date('2027-12-01T08:00:00Z'),
          end: new Date('2027-12-01T10:30:00Z'),
        }),
      ],
    });
    const { calendar, events } = parse(text);
    // A download is no iTIP message: no METHOD (issue 11; PUBLISH would need an ORGANIZER).
    expect(calendar.getFirstPropertyValue('method')).toBeNull();
    expect(
      events.map(({ event, vevent }) => [
        event.uid,
        event.sequence,
        vevent.getFirstPropertyValue('status'),
        event.startDate.toJSDate().toISOString(),
        event.endDate.toJSDate().toISOString(),
        event.startDate.isDate,
        event.startDate.zone?.tzid,
      ]),
    ).toEqual([
      [
        'event-1@akatemia',
        0,
        'CONFIRMED',
        '2027-09-14T07:00:00.000Z',
        '2027-09-14T09:00:00.000Z',
        false,
        'UTC',
      ],
      [
        'event-2@akatemia',
        3,
        'CANCELLED',
        '2027-12-01T08:00:00.000Z',
        '2027-12-01T10:30:00.000Z',
        false,
        'UTC',
      ],
    ]);
    const dates = lines(text).filter((line) => /^(DTSTART|DTEND)/.test(line));
    expect(dates).toEqual([
      'DTSTART:20270914T070000Z',
      'DTEND:20270914T090000Z',
      'DTSTART:20271201T080000Z',
      'DTEND:20271201T103000Z',
    ]);
    expect(text).not.toMatch(/TZID/);
  });

  it('gives a subscribed calendar a refresh hint, and an invitation none, with its people', () => {
    const published = buildCalendar({
      name: 'Syöte',
      locale: Locale.fi,
      generatedAt: GENERATED_AT,
      items: [item()],
    });
    expect(published).toMatch(/^REFRESH-INTERVAL;VALUE=DURATION:PT1H\r?$/m);
    const invite = buildCalendar({
      name: 'Keskusteluaika',
      locale: Locale.en,
      generatedAt: GENERATED_AT,
      method: ICalCalendarMethod.REQUEST,
      items: [
        item({
          organizer: { name: 'Eeva Expert', email: 'eeva@example.fi' },
          attendees: [{ name: 'Kalle Kunta', email: 'kalle@kunta.fi' }],
        }),
      ],
    });
    const { calendar, events } = parse(invite);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(invite).not.toMatch(/REFRESH-INTERVAL|X-PUBLISHED-TTL/);
    const [{ vevent }] = events;
    expect(String(vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe(
      'mailto:eeva@example.fi',
    );
    expect(
      vevent
        .getAllProperties('attendee')
        .map((attendee) => String(attendee.getFirstValue()).toLowerCase()),
    ).toEqual(['mailto:kalle@kunta.fi']);
  });

  it('keeps newlines, separators and an injected BEGIN:VALARM in the text as text', () => {
    const evil = 'Työpaja; osa 1, huom\nBEGIN:VALARM\nTRIGGER:-PT5M\nACTION:DISPLAY\nEND:VALARM';
    const text = buildCalendar({
      name: 'Akatemia',
      locale: Locale.fi,
      generatedAt: GENERATED_AT,
      items: [
        item({
          summary: evil,
          description: `Rivi 1\nEND:VEVENT\nBEGIN:VEVENT\nUID:forged`,
          location: 'Sali 1, 2. krs; Helsinki',
        }),
      ],
    });
    expect(text).not.toMatch(/^BEGIN:VALARM/m);
    expect(text).not.toMatch(/^UID:forged/m);
    const { calendar, events } = parse(text);
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(events[0].vevent.getAllSubcomponents('valarm')).toEqual([]);
    expect(events[0].event.summary).toBe(evil);
    expect(events[0].event.description).toBe('Rivi 1\nEND:VEVENT\nBEGIN:VEVENT\nUID:forged');
    expect(events[0].event.location).toBe('Sali 1, 2. krs; Helsinki');
  });

  it('escapes the calendar name, folding its line breaks into spaces', () => {
    const name = 'Akatemia; 2027, kevät \\ syksy\nBEGIN:VEVENT\r\nUID:x';
    const text = buildCalendar({ name, locale: Locale.fi, generatedAt: GENERATED_AT, items: [] });
    const nameLines = lines(text).filter((line) => /^(NAME|X-WR-CALNAME)[:;]/.test(line));
    expect(nameLines).toEqual([
      'NAME:Akatemia\\; 2027\\, kevät \\\\ syksy BEGIN:VEVENT UID:x',
      'X-WR-CALNAME:Akatemia\\; 2027\\, kevät \\\\ syksy BEGIN:VEVENT UID:x',
    ]);
    expect(text).not.toMatch(/^BEGIN:VEVENT/m);
    expect(parse(text).events).toEqual([]);
  });
});

describe('timelineItem', () => {
  type TimelineEvent = Parameters<typeof timelineItem>[0];
  const event = (overrides: Partial<TimelineEvent> = {}): TimelineEvent =>
    ({
      id: '6f1c1a7e-0000-4000-8000-000000000001',
      sequence: 2,
      updatedAt: new Date('2027-05-02T10:00:00Z'),
      startsAt: new Date('2027-09-14T07:00:00Z'),
      endsAt: new Date('2027-09-14T09:00:00Z'),
      title: { fi: 'Työpaja', sv: 'Workshop på svenska', en: 'Workshop' },
      description: { fi: 'Kuvaus', sv: null, en: 'About' },
      mode: EventMode.IN_PERSON,
      place: 'Pasila',
      onlineUrl: null,
      status: EventStatus.SCHEDULED,
      ...overrides,
    }) as TimelineEvent;
  const url = 'https://akatemia.test/academies/a#e';
  const ZONE = 'Europe/Helsinki';

  it('takes UID from the event id, SEQUENCE and times as they are, text in the reader’s language', () => {
    expect(timelineItem(event(), Locale.en, url, ZONE)).toEqual({
      uid: '6f1c1a7e-0000-4000-8000-000000000001@akatemia',
      sequence: 2,
      lastModified: new Date('2027-05-02T10:00:00Z'),
      start: new Date('2027-09-14T07:00:00Z'),
      end: new Date('2027-09-14T09:00:00Z'),
      summary: 'Workshop',
      description: 'About',
      location: 'Pasila',
      url,
      cancelled: false,
      timeZone: ZONE,
    });
    // Swedish missing: Finnish instead.
    expect(timelineItem(event(), Locale.sv, url, ZONE).description).toBe('Kuvaus');
  });

  it('marks a cancelled event, and words a remote one’s place with its link', () => {
    expect(
      timelineItem(event({ status: EventStatus.CANCELLED }), Locale.fi, url, ZONE).cancelled,
    ).toBe(true);
    const remote = timelineItem(
      event({ mode: EventMode.REMOTE, place: null, onlineUrl: 'https://teams.example/x' }),
      Locale.fi,
      url,
      ZONE,
    );
    expect(remote.location).toBe('Etäyhteys https://teams.example/x');
    expect(remote.description).toBe('Kuvaus\n\nhttps://teams.example/x');
    expect(
      timelineItem(event({ mode: EventMode.REMOTE, place: null }), Locale.en, url, ZONE).location,
    ).toBe('Online');
    expect(
      timelineItem(
        event({ place: null, description: { fi: '', sv: null, en: null } }),
        Locale.fi,
        url,
        ZONE,
      ),
    ).toMatchObject({ location: null, description: null });
  });
});
