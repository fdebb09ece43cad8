import { DateTime } from 'luxon';

// Pure time math of the follow-up: what "today" is in the academy's zone, whether a date
// exists, and which open items are overdue. No I/O and no clock of its own (unit-tested).

/** The calendar date ('YYYY-MM-DD') of `instant` in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate()!;
}

/**
 * Whether `value` is a real calendar date written 'YYYY-MM-DD' within 2000–2100:
 * '2026-11-31' (31.11.) and '2027-02-29' are not.
 */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < 2000 || year > 2100) return false;
  const date = DateTime.fromObject({ year, month, day }, { zone: 'UTC' });
  return date.isValid && date.month === month && date.day === day;
}

/**
 * An open item is overdue once its date has passed in the academy's zone: a task due
 * 31.12. is on time all of that day and overdue from 1.1. 00:00 local time.
 */
export function isOverdue(date: string, doneAt: Date | null, today: string): boolean {
  return doneAt === null && date < today;
}

/**
 * The action is behind when any open task or milestone is overdue; on schedule only when
 * the team says so and nothing is overdue, so a green flag on a late pilot shows.
 */
export function scheduleOf(
  declaredOnSchedule: boolean,
  items: ReadonlyArray<{ date: string; doneAt: Date | null }>,
  today: string,
): { derivedBehind: boolean; onSchedule: boolean } {
  const derivedBehind = items.some((item) => isOverdue(item.date, item.doneAt, today));
  return { derivedBehind, onSchedule: declaredOnSchedule && !derivedBehind };
}
