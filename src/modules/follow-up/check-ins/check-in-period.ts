import { DateTime } from 'luxon';
import { CheckInCadence } from './check-in.enums.js';

// Pure date math of check-ins (unit-tested): which period a day falls in, when in it the
// reminder is due, and the instant the period starts in the academy's zone.

/** The check-in reminder goes in the period's last this-many days. */
export const CHECK_IN_REMINDER_WINDOW_DAYS = 7;

export interface CheckInPeriod {
  /** First day, 'YYYY-MM-DD'. */
  start: string;
  /** Last day, 'YYYY-MM-DD'. */
  end: string;
}

/** The period of `today` ('YYYY-MM-DD'): its calendar month or quarter; null for NONE. */
export function checkInPeriodOf(today: string, cadence: CheckInCadence): CheckInPeriod | null {
  if (cadence === CheckInCadence.NONE) return null;
  const day = DateTime.fromISO(today, { zone: 'UTC' });
  const unit = cadence === CheckInCadence.MONTHLY ? 'month' : 'quarter';
  return { start: day.startOf(unit).toISODate()!, end: day.endOf(unit).toISODate()! };
}

/** Whether `today` lies in the period's reminder window (its last seven days). */
export function isCheckInDue(today: string, period: CheckInPeriod): boolean {
  const windowStart = DateTime.fromISO(period.end, { zone: 'UTC' })
    .minus({ days: CHECK_IN_REMINDER_WINDOW_DAYS - 1 })
    .toISODate()!;
  return today >= windowStart && today <= period.end;
}

/** The instant a local date begins in the zone (an update written from then on counts). */
export function startOfLocalDate(date: string, timeZone: string): Date {
  return DateTime.fromISO(date, { zone: timeZone }).startOf('day').toJSDate();
}

/** `date` plus `days` days, 'YYYY-MM-DD'. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

/** The next whole hour after `instant`: the sweep runs hourly, on the hour. */
export function nextSweepAt(instant: Date): Date {
  const hour = 3_600_000;
  return new Date(Math.floor(instant.getTime() / hour) * hour + hour);
}
