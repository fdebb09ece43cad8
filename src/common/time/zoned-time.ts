import { DateTime, IANAZone } from 'luxon';
import type { Locale } from '../i18n/locale.js';
import { DATE_OUT_OF_RANGE, isInstantInRange } from './instant-range.js';

export type ZonedTimeProblem =
  | 'INVALID_DATE_TIME'
  | 'NONEXISTENT_LOCAL_TIME'
  | 'AMBIGUOUS_LOCAL_TIME'
  | typeof DATE_OUT_OF_RANGE;

export class ZonedTimeError extends Error {
  constructor(
    readonly problem: ZonedTimeProblem,
    readonly value: string,
  ) {
    super(`${problem}: ${value}`);
  }
}

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;
const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;
// Strict: the same local shape plus an offset (Luxon's fromISO alone also takes week
// dates, ordinal dates and signed six-digit years such as -000001).
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * Reads a date-time as people enter it: an ISO instant with an offset
 * (`2023-09-12T07:00:00Z`, `…+03:00`) is taken as is; a local date-time without one
 * (`2023-09-12T10:00`) is read in the academy's zone. A local time that does not exist
 * there (the spring-forward hour) is refused; one that happens twice (the autumn hour)
 * needs an explicit offset. Instants outside 2000–2100 are refused (`DATE_OUT_OF_RANGE`).
 */
export function parseZonedInput(value: string, zone: string): Date {
  const instant = parseZonedUnbounded(value, zone);
  if (!isInstantInRange(instant)) throw new ZonedTimeError(DATE_OUT_OF_RANGE, value);
  return instant;
}

function parseZonedUnbounded(value: string, zone: string): Date {
  const text = value.trim();
  if (WITH_OFFSET.test(text)) {
    if (!INSTANT.test(text)) throw new ZonedTimeError('INVALID_DATE_TIME', value);
    const instant = DateTime.fromISO(text, { setZone: true });
    if (!instant.isValid) throw new ZonedTimeError('INVALID_DATE_TIME', value);
    return instant.toJSDate();
  }
  if (!LOCAL.test(text)) throw new ZonedTimeError('INVALID_DATE_TIME', value);
  const local = DateTime.fromISO(text, { zone });
  if (!local.isValid) throw new ZonedTimeError('INVALID_DATE_TIME', value);
  // Luxon moves a nonexistent wall-clock time forward; the round trip shows it.
  const wanted = DateTime.fromISO(text, { zone: 'UTC' });
  const wallClock = (dateTime: DateTime) => dateTime.toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS");
  if (wallClock(local) !== wallClock(wanted))
    throw new ZonedTimeError('NONEXISTENT_LOCAL_TIME', value);
  if (local.getPossibleOffsets().length > 1)
    throw new ZonedTimeError('AMBIGUOUS_LOCAL_TIME', value);
  return local.toJSDate();
}

/** `2023-09-12T10:00:00` — the wall-clock time in the zone, without offset. */
export function localIso(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ss");
}

const DATE_FORMAT: Record<Locale, Intl.DateTimeFormatOptions> = {
  fi: { day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  sv: { day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  en: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
};
const INTL_LOCALE: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A readable date and time in the zone and language, e.g. `31.5.2023 klo 23.59`. */
export function formatZoned(instant: Date, zone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    ...DATE_FORMAT[locale],
    timeZone: zone,
  }).format(instant);
}

const DATE_ONLY: Record<Locale, Intl.DateTimeFormatOptions> = {
  fi: { day: 'numeric', month: 'numeric', year: 'numeric' },
  sv: { day: 'numeric', month: 'numeric', year: 'numeric' },
  en: { day: 'numeric', month: 'long', year: 'numeric' },
};
// Finnish writes 9.00, Swedish 09.00, English 09:00.
const TIME_ONLY: Record<Locale, Intl.DateTimeFormatOptions> = {
  fi: { hour: 'numeric', minute: '2-digit' },
  sv: { hour: '2-digit', minute: '2-digit' },
  en: { hour: '2-digit', minute: '2-digit' },
};
/** How each language joins a date and a time span: `12.5.2027 klo 9.00–9.45`. */
const DATE_TIME_JOIN: Record<Locale, string> = { fi: ' klo ', sv: ' kl. ', en: ', ' };

/**
 * A time span in the zone and language: `12.5.2027 klo 9.00–9.45`,
 * `12.5.2027 kl. 09.00–09.45`, `12 May 2027, 09:00–09:45`; across days, both ends in full.
 */
export function formatZonedRange(start: Date, end: Date, zone: string, locale: Locale): string {
  const date = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    ...DATE_ONLY[locale],
    timeZone: zone,
  });
  if (date.format(start) !== date.format(end)) {
    return `${formatZoned(start, zone, locale)} – ${formatZoned(end, zone, locale)}`;
  }
  const time = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    ...TIME_ONLY[locale],
    timeZone: zone,
  });
  return `${date.format(start)}${DATE_TIME_JOIN[locale]}${time.format(start)}–${time.format(end)}`;
}

/**
 * The dates of a span that covers whole days in the zone: it starts and ends at local
 * midnight and lasts at least one day (a "November–January" period, a day off). Answers
 * the first day and the day after the last (iCalendar's exclusive DTEND), as
 * `yyyy-MM-dd`; null for anything with a clock time.
 */
export function wholeDays(
  start: Date,
  end: Date,
  zone: string,
): { firstDay: string; dayAfter: string } | null {
  const from = DateTime.fromJSDate(start, { zone });
  const to = DateTime.fromJSDate(end, { zone });
  if (!from.isValid || !to.isValid) return null;
  const midnight = (time: DateTime) => time.equals(time.startOf('day'));
  if (!midnight(from) || !midnight(to) || to.startOf('day') <= from.startOf('day')) return null;
  return { firstDay: from.toISODate(), dayAfter: to.toISODate() };
}

/** Finland's time in words; other zones get their generic name from Intl. */
const HELSINKI_ZONE_NAME: Record<Locale, string> = {
  fi: 'Suomen aikaa',
  sv: 'finsk tid',
  en: 'Finnish time',
};

/**
 * The zone a time in a mail is read in: `Suomen aikaa`, `finsk tid`, `Finnish time` for
 * Europe/Helsinki, else the zone's generic name in the language (`Keski-Euroopan aika`,
 * `Central European Time`), falling back to the IANA name.
 */
export function zoneName(zone: string, locale: Locale): string {
  if (zone === 'Europe/Helsinki') return HELSINKI_ZONE_NAME[locale];
  try {
    const part = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      timeZone: zone,
      timeZoneName: 'longGeneric',
    })
      .formatToParts(new Date())
      .find((entry) => entry.type === 'timeZoneName');
    return part?.value ?? zone;
  } catch {
    return zone;
  }
}

/** A time span for mail text, naming its zone: `12.5.2027 klo 9.00–9.45 (Suomen aikaa)`. */
export function formatZonedRangeWithZone(
  start: Date,
  end: Date,
  zone: string,
  locale: Locale,
): string {
  return `${formatZonedRange(start, end, zone, locale)} (${zoneName(zone, locale)})`;
}

/** One instant for mail text, naming its zone: `31.5.2023 klo 23.59 (Suomen aikaa)`. */
export function formatZonedWithZone(instant: Date, zone: string, locale: Locale): string {
  return `${formatZoned(instant, zone, locale)} (${zoneName(zone, locale)})`;
}
