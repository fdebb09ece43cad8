import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { ICalCalendarMethod } from 'ical-generator';
import {
  attendeesByBothParsers,
  expectStrictCalendar,
  readComponents,
  strictIcalProblems,
} from '../../../test/helpers/ical.js';
import { Locale } from '../i18n/locale.js';
import { buildCalendar, type CalendarItem } from './calendar-builder.js';
import { calendarItem as item } from './calendar-item.fixture.js';

const GENERATED_AT = new Date('2027-06-01T12:00:00Z');
const invite = (
  method: ICalCalendarMethod.REQUEST | ICalCalendarMethod.CANCEL,
  overrides: Partial<CalendarItem> = {},
) =>
  buildCalendar({
    name: 'Keskusteluaika',
    locale: Locale.fi,
    generatedAt: GENERATED_AT,
    method,
    items: [
      item({
        organizer: { name: 'Eeva Expert', email: 'eeva@example.fi' },
        attendees: [{ name: 'Kalle Kunta', email: 'kalle@kunta.fi' }],
        ...overrides,
      }),
    ],
  });
const feed = (items: CalendarItem[]) =>
  buildCalendar({ name: 'Akatemia', locale: Locale.fi, generatedAt: GENERATED_AT, items });
const eventProperty = (text: string, name: string) =>
  readComponents(text)
    .components.find((component) => component.name === 'VEVENT')
    ?.properties.filter((property) => property.name === name) ?? [];

describe('buildCalendar, as strict clients read it', () => {
  const EVIL = 'Mallory";ROLE=CHAIR;X-Y="1":mailto:evil@attacker.example';

  it('keeps a display name that tries to break out of CN="…" one attendee, with the right address and no role', () => {
    const text = invite(ICalCalendarMethod.REQUEST, {
      organizer: { name: `Eeva${EVIL}\r\nATTENDEE:mailto:x@y`, email: 'eeva@example.fi' },
      attendees: [{ name: EVIL, email: 'kalle@kunta.fi' }],
    });
    expect(strictIcalProblems(text)).toEqual([]);
    expect(text).not.toContain('\\"');
    const { icalJs, nodeIcal: byNodeIcal } = attendeesByBothParsers(text);
    for (const attendees of [icalJs, byNodeIcal]) {
      expect(attendees).toHaveLength(1);
      expect(attendees[0].address.toLowerCase()).toBe('mailto:kalle@kunta.fi');
      expect(attendees[0].role).toBe('REQ-PARTICIPANT');
      expect(attendees[0].cn).toBe('Mallory ROLE=CHAIR X-Y=1:mailto:evil@attacker.example');
    }
    const organizer = eventProperty(text, 'ORGANIZER');
    expect(organizer).toHaveLength(1);
    expect(organizer[0].value).toBe('mailto:eeva@example.fi');
    expect(organizer[0].params.map((param) => param.name)).toEqual(['CN']);
    expect(eventProperty(text, 'ATTENDEE')).toHaveLength(1);
  });

  it('ends the file with CRLF after END:VCALENDAR, every line CRLF', () => {
    for (const text of [feed([item()]), feed([]), invite(ICalCalendarMethod.CANCEL)]) {
      expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    }
  });

  it('writes downloads and feeds without METHOD (not iTIP), invitations with theirs and their people', () => {
    const published = feed([item()]);
    expect(published).not.toMatch(/^METHOD/m);
    expect(published).not.toMatch(/^(ORGANIZER|ATTENDEE)/m);
    expectStrictCalendar(published);
    const request = invite(ICalCalendarMethod.REQUEST);
    expect(request).toMatch(/^METHOD:REQUEST\r$/m);
    expectStrictCalendar(request);
    const cancel = invite(ICalCalendarMethod.CANCEL, { sequence: 1, cancelled: true });
    expect(cancel).toMatch(/^METHOD:CANCEL\r$/m);
    expectStrictCalendar(cancel);
  });

  it('gives an empty calendar a valid component structure', () => {
    const text = feed([]);
    expect(strictIcalProblems(text)).toEqual([]);
    expect(expectStrictCalendar(text).events).toEqual([]);
    expect(nodeIcal.sync.parseICS(text)).toBeDefined();
  });

  it('stamps DTSTAMP with the time the file is written, LAST-MODIFIED with the change', () => {
    const text = feed([item()]);
    expect(eventProperty(text, 'DTSTAMP').map((property) => property.value)).toEqual([
      '20270601T120000Z',
    ]);
    expect(eventProperty(text, 'LAST-MODIFIED').map((property) => property.value)).toEqual([
      '20270501T090000Z',
    ]);
  });

  it('writes a period from midnight to midnight in the academy zone as an all-day event', () => {
    // "Sparring, November–January": 23.11.2023 00:00 to 1.2.2024 00:00 Helsinki time.
    const period = item({
      start: new Date('2023-11-23T00:00:00+02:00'),
      end: new Date('2024-02-01T00:00:00+02:00'),
    });
    // One day across the spring-forward night (23 hours long) is still a whole day.
    const shortDay = item({
      uid: 'event-2@akatemia',
      start: new Date('2027-03-28T00:00:00+02:00'),
      end: new Date('2027-03-29T00:00:00+03:00'),
    });
    // Midnight in UTC is not midnight in Helsinki: timed.
    const utcMidnight = item({
      uid: 'event-3@akatemia',
      start: new Date('2027-09-14T00:00:00Z'),
      end: new Date('2027-09-15T00:00:00Z'),
    });
    const text = feed([period, shortDay, utcMidnight]);
    expectStrictCalendar(text);
    const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines.filter((line) => /^DT(START|END)/.test(line))).toEqual([
      'DTSTART;VALUE=DATE:20231123',
      'DTEND;VALUE=DATE:20240201',
      'DTSTART;VALUE=DATE:20270328',
      'DTEND;VALUE=DATE:20270329',
      'DTSTART:20270914T000000Z',
      'DTEND:20270915T000000Z',
    ]);
    const events = new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent');
    expect(events.map((vevent) => new ICAL.Event(vevent).startDate.isDate)).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('the strict checker', () => {
  const good = () => feed([item()]);

  it('accepts what the builder writes and refuses what strict clients refuse', () => {
    expect(strictIcalProblems(good())).toEqual([]);
    expect(strictIcalProblems(good().replace(/\r\n$/, ''))).toContain(
      'the file does not end with CRLF',
    );
    expect(strictIcalProblems(good().replace(/\r\n/g, '\n'))).toContain('a line ends without CRLF');
    expect(
      strictIcalProblems(good().replace('SUMMARY:Työpaja', `SUMMARY:${'x'.repeat(80)}`)),
    ).toEqual([expect.stringMatching(/has 88 octets/)]);
    expect(
      strictIcalProblems(
        good()
          .replace(/^METHOD.*\r\n/m, '')
          .replace('VERSION:2.0\r\n', 'VERSION:2.0\r\nMETHOD:PUBLISH\r\n'),
      ),
    ).toEqual([expect.stringMatching(/METHOD:PUBLISH VEVENT .* has 0 ORGANIZER/)]);
    expect(strictIcalProblems(good().replace(/BEGIN:VEVENT[\s\S]*END:VEVENT\r\n/, ''))).toContain(
      'VCALENDAR has no component',
    );
    expect(
      strictIcalProblems(
        good().replace(
          'END:VEVENT',
          'ATTENDEE;CN="Mallory";ROLE=CHAIR;X-Y="1":mailto:evil@attacker.example\r\nATTENDEE;CN="a"b":mailto:x@y.fi\r\nEND:VEVENT',
        ),
      ),
    ).toEqual([expect.stringMatching(/^parameters not ended by ':'/)]);
    expect(strictIcalProblems(good().replace(/^DTSTAMP:.*$/m, 'DTSTAMP:20270601T120000'))).toEqual([
      expect.stringMatching(/DTSTAMP not UTC/),
    ]);
  });
});
