// Slot times as the academy's people read them: in the academy's zone (not the browser's),
// written as the API's texts and mails write them (fi 9.00, sv 09.00, en 09:00).
import type { Language } from '../../i18n';
import { clockTime, INTL_LOCALE, TIME } from '../../i18n/times';

export interface Timed {
  startsAt: string;
  endsAt: string;
}

/** `2027-05-10`: the slot's day in the zone, for grouping. */
export function dayKey(instant: string, timeZone: string): string {
  // en-CA writes dates as yyyy-mm-dd.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

/** `maanantai 10.5.2027`, `Monday 10 May 2027`. */
export function dayText(instant: string, timeZone: string, language: Language): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: language === 'en' ? 'long' : 'numeric',
    year: 'numeric',
  }).format(new Date(instant));
}

/** `9.00–9.45` */
export function timeRange(slot: Timed, timeZone: string, language: Language): string {
  const time = (instant: string) => clockTime(new Date(instant), language, timeZone);
  return `${time(slot.startsAt)}–${time(slot.endsAt)}`;
}

/** `maanantai 10.5.2027 9.00–9.45` */
export function slotText(slot: Timed, timeZone: string, language: Language): string {
  return `${dayText(slot.startsAt, timeZone, language)} ${timeRange(slot, timeZone, language)}`;
}

/** One instant with date and time: `10.5.2027 9.00`. */
export function instantText(instant: Date, timeZone: string, language: Language): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], {
    timeZone,
    day: 'numeric',
    month: language === 'en' ? 'long' : 'numeric',
    year: 'numeric',
    ...TIME[language],
  }).format(instant);
}

/** Slots grouped by their day in the zone, days and slots in time order. */
export function byDay<T extends Timed>(
  slots: readonly T[],
  timeZone: string,
): Array<{ day: string; slots: T[] }> {
  const days = new Map<string, T[]>();
  for (const slot of [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = dayKey(slot.startsAt, timeZone);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return [...days].map(([day, daySlots]) => ({ day, slots: daySlots }));
}
