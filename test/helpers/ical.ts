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
