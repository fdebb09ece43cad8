import { DateTime } from 'luxon';
import { addDays } from '../check-ins/check-in-period.js';
import { localDateOf } from '../schedule.js';

// Pure time math of the outcome report's deadline (unit-tested): "by 31.5." means until
// 23:59:59.999 that day in the academy's zone; reminders go out at 9:00 local time.

/** How many days before the deadline the responsible person is reminded. */
export const OUTCOME_REPORT_REMINDER_DAYS = [14, 3] as const;

/** The local hour the reminders are written. */
export const OUTCOME_REPORT_REMINDER_HOUR = 9;

/** The last instant of `dueOn` in the zone. */
export function outcomeReportDueAt(dueOn: string, timeZone: string): Date {
  return DateTime.fromISO(dueOn, { zone: timeZone }).endOf('day').toJSDate();
}

/** Whether the report can still be submitted at `now` (no deadline: yes). */
export function isOutcomeReportOpen(dueOn: string | null, timeZone: string, now: Date): boolean {
  return dueOn === null || localDateOf(now, timeZone) <= dueOn;
}

/** The instant of the reminder `leadDays` before `dueOn`: 9:00 local time that day. */
export function outcomeReportReminderAt(dueOn: string, leadDays: number, timeZone: string): Date {
  return DateTime.fromISO(addDays(dueOn, -leadDays), { zone: timeZone })
    .set({ hour: OUTCOME_REPORT_REMINDER_HOUR })
    .toJSDate();
}
