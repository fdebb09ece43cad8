import ICAL from 'ical.js';
import nodeIcal from 'node-ical';

export interface ParsedEvent {
  uid: string;
  start: string;
  end: string;
  sequence: number;
  status: string;
  summary: string;
  description: string;
  location: string | null;
}

/** Mozilla's ical.js, the parser behind Thunderbird. */
export function parseWithIcalJs(text: string): { name: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      sequence: event.sequence,
      status: String(component.getFirstPropertyValue('status')),
      summary: event.summary,
      description: event.description ?? '',
      location: event.location ?? null,
    };
  });
  return {
    name: (calendar.getFirstPropertyValue('x-wr-calname') as string | null) ?? null,
    events,
  };
}

/** node-ical: an independent parser (a different code base and grammar). */
export function parseWithNodeIcal(text: string): ParsedEvent[] {
  const parsed = nodeIcal.sync.parseICS(text);
  return Object.values(parsed)
    .filter((entry): entry is nodeIcal.VEvent => entry?.type === 'VEVENT')
    .map((event) => ({
      uid: event.uid,
      start: (event.start as Date).toISOString(),
      end: (event.end as Date).toISOString(),
      sequence: Number(event.sequence ?? 0),
      status: String(event.status),
      summary:
        typeof event.summary === 'string'
          ? event.summary
          : String((event.summary as { val?: string }).val),
      description:
        typeof event.description === 'string'
          ? event.description
          : String((event.description as { val?: string } | undefined)?.val ?? ''),
      location: typeof event.location === 'string' ? event.location : null,
    }));
}

/** Both parsers must read the same events; answers ical.js's reading. */
export function parseCalendar(text: string): { name: string | null; events: ParsedEvent[] } {
  const first = parseWithIcalJs(text);
  const second = parseWithNodeIcal(text);
  const key = (event: ParsedEvent) => [
    event.uid,
    event.start,
    event.end,
    event.sequence,
    event.status,
    event.summary,
  ];
  if (JSON.stringify(first.events.map(key)) !== JSON.stringify(second.map(key))) {
    throw new Error(
      `Parsers disagree:\n${JSON.stringify(first.events.map(key))}\n${JSON.stringify(second.map(key))}`,
    );
  }
  return first;
}

/**
 * The reference academy's 2023 timeline (seed 003) at its absolute instants: kick-off
 * 12.9.2023 10–16 and workshop 2 on 22.11.2023 at 9.00 Helsinki time; the alumni meeting
 * is not part of the public calendar. Both parsers must agree (parseCalendar), and the
 * strict checker find nothing.
 */
export function expectReferenceTimeline(text: string): void {
  expect(strictIcalProblems(text)).toEqual([]);
  const { name, events } = parseCalendar(text);
  expect(name).toBe('Kiertotaloushankintojen johtamisen teema-akatemia 2023');
  const kickoff = events.find(
    (event) => event.summary === 'Kiertotalousakatemian käynnistystilaisuus',
  )!;
  expect([kickoff.start, kickoff.end]).toEqual([
    '2023-09-12T07:00:00.000Z',
    '2023-09-12T13:00:00.000Z',
  ]);
  const workshop2 = events.find((event) => event.summary === 'Työpaja 2')!;
  expect(workshop2.start).toBe('2023-11-22T07:00:00.000Z');
  expect(events.map((event) => event.summary)).not.toContain('Alumnitapaaminen');
}

// ---------------------------------------------------------------------------------------
// A strict iCalendar checker, in place of libical's validator and iTIP check (Debian ships
// libical only as a library, with no command-line validator). It reads the text the way
// a strict client does: RFC 5545's content lines, folding and component rules, and
// RFC 5546's property table for the METHOD the calendar declares.
// ---------------------------------------------------------------------------------------

export interface ContentLine {
  name: string;
  params: Array<{ name: string; values: string[] }>;
  value: string;
}

export interface Component {
  name: string;
  properties: ContentLine[];
  components: Component[];
}

const NAME = /^[A-Za-z0-9-]+/;
// A quoted parameter value: no DQUOTE and no control character but HTAB inside.
// eslint-disable-next-line no-control-regex -- the grammar is about control characters
const QUOTED = /^"([^"\u0000-\u0008\u000a-\u001f\u007f]*)"/;
// eslint-disable-next-line no-control-regex -- the grammar is about control characters
const PARAMTEXT = /^[^";:,\u0000-\u0008\u000a-\u001f\u007f]*/;
// eslint-disable-next-line no-control-regex -- the grammar is about control characters
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/** One unfolded content line, by RFC 5545 §3.1's grammar; throws on anything else. */
export function parseContentLine(line: string): ContentLine {
  let rest = line;
  const name = NAME.exec(rest)?.[0];
  if (!name) throw new Error(`no property name: ${line}`);
  rest = rest.slice(name.length);
  const params: ContentLine['params'] = [];
  while (rest.startsWith(';')) {
    rest = rest.slice(1);
    const paramName = NAME.exec(rest)?.[0];
    if (!paramName || rest[paramName.length] !== '=') throw new Error(`bad parameter: ${line}`);
    rest = rest.slice(paramName.length + 1);
    const values: string[] = [];
    for (;;) {
      const quoted = QUOTED.exec(rest);
      const text = quoted ? quoted[0] : PARAMTEXT.exec(rest)![0];
      values.push(quoted ? quoted[1] : text);
      rest = rest.slice(text.length);
      if (!rest.startsWith(',')) break;
      rest = rest.slice(1);
    }
    params.push({ name: paramName.toUpperCase(), values });
  }
  if (!rest.startsWith(':')) throw new Error(`parameters not ended by ':': ${line}`);
  const value = rest.slice(1);
  if (CONTROL.test(value)) throw new Error(`control character in the value: ${line}`);
  return { name: name.toUpperCase(), params, value };
}

const SINGLE_IN_EVENT = [
  'CLASS',
  'CREATED',
  'DESCRIPTION',
  'DTSTART',
  'GEO',
  'LAST-MODIFIED',
  'LOCATION',
  'ORGANIZER',
  'PRIORITY',
  'SEQUENCE',
  'STATUS',
  'SUMMARY',
  'TRANSP',
  'URL',
  'RECURRENCE-ID',
  'DTEND',
  'DURATION',
  'UID',
  'DTSTAMP',
];
const TEXT_PROPERTIES = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'NAME', 'X-WR-CALNAME']);
const UTC_DATE_TIME = /^\d{8}T\d{6}Z$/;
const DATE_TIME = /^\d{8}T\d{6}Z?$/;
const DATE = /^\d{8}$/;

/** RFC 5546 §3.2: how many of each VEVENT property each METHOD allows ([min, max]). */
const ITIP: Record<string, Record<string, [number, number]>> = {
  PUBLISH: {
    DTSTAMP: [1, 1],
    DTSTART: [1, 1],
    ORGANIZER: [1, 1],
    SUMMARY: [1, 1],
    UID: [1, 1],
    SEQUENCE: [0, 1],
    ATTENDEE: [0, 0],
  },
  REQUEST: {
    ATTENDEE: [1, Infinity],
    DTSTAMP: [1, 1],
    DTSTART: [1, 1],
    ORGANIZER: [1, 1],
    SEQUENCE: [0, 1],
    SUMMARY: [1, 1],
    UID: [1, 1],
  },
  CANCEL: {
    DTSTAMP: [1, 1],
    ORGANIZER: [1, 1],
    SEQUENCE: [1, 1],
    UID: [1, 1],
  },
};

const dateOf = (property: ContentLine): Date => {
  const v = property.value;
  return new Date(
    Date.UTC(
      +v.slice(0, 4),
      +v.slice(4, 6) - 1,
      +v.slice(6, 8),
      +(v.slice(9, 11) || 0),
      +(v.slice(11, 13) || 0),
      +(v.slice(13, 15) || 0),
    ),
  );
};
const valueType = (property: ContentLine): string | undefined =>
  property.params.find((param) => param.name === 'VALUE')?.values[0]?.toUpperCase();

/**
 * Everything a strict reader would refuse in `text`, as sentences; [] when it is clean.
 * Lines: CRLF only, the last one too; at most 75 octets; folding by CRLF + space; each
 * content line by the grammar (a quoted parameter value holds no `"`). Components: one
 * VCALENDAR with VERSION:2.0, PRODID and at least one component; each VEVENT with one
 * UID, a UTC DTSTAMP, DTSTART, no property twice that may appear once, DTEND of the same
 * value type after DTSTART, TEXT escaped; calendar addresses as single `mailto:`s. With a
 * METHOD, RFC 5546's table for it (PUBLISH needs ORGANIZER, REQUEST an ATTENDEE…).
 */
export function strictIcalProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the file does not end with CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) problems.push('a line ends without CRLF');
  const physical = text.replace(/\r\n$/, '').split(/\r\n/);
  physical.forEach((line, index) => {
    const octets = Buffer.byteLength(line, 'utf8');
    if (octets > 75) problems.push(`line ${index + 1} has ${octets} octets (over 75)`);
    if (line === '') problems.push(`line ${index + 1} is empty`);
  });
  if (/^[ \t]/.test(physical[0] ?? '')) problems.push('the first line is a continuation');
  const logical = text
    .replace(/\r\n[ \t]/g, '')
    .replace(/\r\n$/, '')
    .split('\r\n');

  const root: Component = { name: '', properties: [], components: [] };
  const stack: Component[] = [root];
  for (const line of logical) {
    let property: ContentLine;
    try {
      property = parseContentLine(line);
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    const current = stack[stack.length - 1];
    if (property.name === 'BEGIN') {
      const component: Component = {
        name: property.value.toUpperCase(),
        properties: [],
        components: [],
      };
      current.components.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      if (stack.length === 1 || current.name !== property.value.toUpperCase()) {
        problems.push(`END:${property.value} does not close ${current.name || 'anything'}`);
      } else stack.pop();
    } else if (stack.length === 1) {
      problems.push(`property ${property.name} outside any component`);
    } else current.properties.push(property);
  }
  if (stack.length !== 1) problems.push(`${stack[stack.length - 1].name} is never ended`);
  if (root.components.length !== 1 || root.components[0].name !== 'VCALENDAR') {
    problems.push('the file is not exactly one VCALENDAR');
    return problems;
  }
  const calendar = root.components[0];
  const all = (component: Component, name: string) =>
    component.properties.filter((property) => property.name === name);
  const exactlyOne = (component: Component, name: string) => {
    const count = all(component, name).length;
    if (count !== 1) problems.push(`${component.name} has ${count} ${name} (needs one)`);
  };
  exactlyOne(calendar, 'PRODID');
  exactlyOne(calendar, 'VERSION');
  if (all(calendar, 'VERSION')[0]?.value !== '2.0') problems.push('VERSION is not 2.0');
  for (const name of ['METHOD', 'CALSCALE']) {
    if (all(calendar, name).length > 1) problems.push(`VCALENDAR has more than one ${name}`);
  }
  if (calendar.components.length === 0) problems.push('VCALENDAR has no component');
  const method = all(calendar, 'METHOD')[0]?.value.toUpperCase();
  if (method !== undefined && !ITIP[method]) problems.push(`METHOD ${method} is not checked here`);

  for (const component of calendar.components) {
    if (component.name === 'VTIMEZONE') {
      exactlyOne(component, 'TZID');
      const observances = component.components.filter((c) =>
        ['STANDARD', 'DAYLIGHT'].includes(c.name),
      );
      if (observances.length === 0) problems.push('VTIMEZONE has no STANDARD or DAYLIGHT');
      for (const observance of observances) {
        for (const name of ['DTSTART', 'TZOFFSETFROM', 'TZOFFSETTO']) exactlyOne(observance, name);
      }
      continue;
    }
    if (component.name !== 'VEVENT') {
      problems.push(`unexpected component ${component.name}`);
      continue;
    }
    const uid = all(component, 'UID')[0]?.value ?? '?';
    for (const name of SINGLE_IN_EVENT) {
      if (all(component, name).length > 1) problems.push(`VEVENT ${uid} has more than one ${name}`);
    }
    exactlyOne(component, 'UID');
    exactlyOne(component, 'DTSTAMP');
    if (method === undefined) exactlyOne(component, 'DTSTART');
    const stamp = all(component, 'DTSTAMP')[0];
    if (stamp && !UTC_DATE_TIME.test(stamp.value)) problems.push(`VEVENT ${uid}: DTSTAMP not UTC`);
    const start = all(component, 'DTSTART')[0];
    const end = all(component, 'DTEND')[0];
    if (end && all(component, 'DURATION').length > 0)
      problems.push(`VEVENT ${uid}: DTEND and DURATION`);
    for (const date of [start, end]) {
      if (!date) continue;
      const type = valueType(date) ?? 'DATE-TIME';
      if (!(type === 'DATE' ? DATE : DATE_TIME).test(date.value)) {
        problems.push(`VEVENT ${uid}: ${date.name} ${date.value} is not a ${type}`);
      }
    }
    if (start && end) {
      if ((valueType(start) ?? 'DATE-TIME') !== (valueType(end) ?? 'DATE-TIME')) {
        problems.push(`VEVENT ${uid}: DTSTART and DTEND of different value types`);
      } else if (dateOf(end) <= dateOf(start)) {
        problems.push(`VEVENT ${uid}: DTEND not after DTSTART`);
      }
    }
    const status = all(component, 'STATUS')[0]?.value;
    if (status && !['TENTATIVE', 'CONFIRMED', 'CANCELLED'].includes(status)) {
      problems.push(`VEVENT ${uid}: STATUS ${status}`);
    }
    const sequence = all(component, 'SEQUENCE')[0]?.value;
    if (sequence !== undefined && !/^\d+$/.test(sequence))
      problems.push(`VEVENT ${uid}: SEQUENCE ${sequence}`);
    for (const address of [...all(component, 'ORGANIZER'), ...all(component, 'ATTENDEE')]) {
      if (!/^mailto:[^\s"<>,;:\\]+@[^\s"<>,;:\\]+$/i.test(address.value)) {
        problems.push(
          `VEVENT ${uid}: ${address.name} is not one mailto: address: ${address.value}`,
        );
      }
    }
    for (const property of component.properties) {
      // TEXT (§3.3.11): only \\ \; \, \n \N are escapes; a bare ; or , splits the value.
      if (
        TEXT_PROPERTIES.has(property.name) &&
        /\\[^\\;,nN]|(?<!\\)[;,]|\\$/.test(property.value.replace(/\\\\/g, ''))
      ) {
        problems.push(`VEVENT ${uid}: ${property.name} is not escaped TEXT`);
      }
    }
    if (method) {
      for (const [name, [min, max]] of Object.entries(ITIP[method] ?? {})) {
        const count = all(component, name).length;
        if (count < min || count > max) {
          problems.push(
            `METHOD:${method} VEVENT ${uid} has ${count} ${name} (allowed ${min}–${max})`,
          );
        }
      }
      if (method === 'CANCEL' && status !== undefined && status !== 'CANCELLED') {
        problems.push(`METHOD:CANCEL VEVENT ${uid} has STATUS ${status}`);
      }
    }
  }
  for (const property of calendar.properties) {
    if (
      TEXT_PROPERTIES.has(property.name) &&
      /\\[^\\;,nN]|(?<!\\)[;,]|\\$/.test(property.value.replace(/\\\\/g, ''))
    ) {
      problems.push(`VCALENDAR: ${property.name} is not escaped TEXT`);
    }
  }
  return problems;
}

/** The document's components and content lines, as the strict checker read them. */
export function readComponents(text: string): Component {
  const calendar: Component = { name: 'VCALENDAR', properties: [], components: [] };
  const stack: Component[] = [];
  for (const line of text
    .replace(/\r\n[ \t]/g, '')
    .replace(/\r\n$/, '')
    .split('\r\n')) {
    const property = parseContentLine(line);
    if (property.name === 'BEGIN') {
      const component =
        stack.length === 0 ? calendar : { name: property.value, properties: [], components: [] };
      if (stack.length > 0) stack[stack.length - 1].components.push(component);
      stack.push(component);
    } else if (property.name === 'END') stack.pop();
    else stack[stack.length - 1].properties.push(property);
  }
  return calendar;
}

/**
 * A calendar the service wrote, as a strict client reads it: no problem for the strict
 * checker, and ical.js and node-ical read the same events. Answers their reading.
 */
export function expectStrictCalendar(text: string): { name: string | null; events: ParsedEvent[] } {
  expect(strictIcalProblems(text)).toEqual([]);
  return parseCalendar(text);
}

/** Each parser's reading of a VEVENT's attendees: address, CN and ROLE. */
export function attendeesByBothParsers(text: string): {
  icalJs: Array<{ address: string; cn: string | null; role: string | null }>;
  nodeIcal: Array<{ address: string; cn: string | null; role: string | null }>;
} {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const icalJs = vevent.getAllProperties('attendee').map((attendee) => ({
    address: String(attendee.getFirstValue()),
    cn: (attendee.getParameter('cn') as string | undefined) ?? null,
    role: (attendee.getParameter('role') as string | undefined) ?? null,
  }));
  const event = Object.values(nodeIcal.sync.parseICS(text)).find(
    (entry): entry is nodeIcal.VEvent => entry?.type === 'VEVENT',
  )!;
  type Attendee = string | { val: string; params?: Record<string, string> };
  const raw = (event as unknown as { attendee?: Attendee | Attendee[] }).attendee;
  const nodeIcalAttendees = (raw === undefined ? [] : [raw].flat()).map((attendee) =>
    typeof attendee === 'string'
      ? { address: attendee, cn: null, role: null }
      : {
          address: attendee.val,
          cn: attendee.params?.CN ?? null,
          role: attendee.params?.ROLE ?? null,
        },
  );
  return { icalJs, nodeIcal: nodeIcalAttendees };
}
