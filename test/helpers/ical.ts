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
 * is not part of the public calendar. Both parsers must agree (parseCalendar).
 */
export function expectReferenceTimeline(text: string): void {
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
