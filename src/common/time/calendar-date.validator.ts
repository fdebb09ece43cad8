import { ValidateBy } from 'class-validator';
import { DateTime } from 'luxon';
import { isDateInRange } from './instant-range.js';

/** The rule's name in `validationErrors` (`rule.isCalendarDate` in the message catalogue). */
export const IS_CALENDAR_DATE = 'isCalendarDate';

/**
 * `YYYY-MM-DD` naming a day that exists (no 2025-02-30 or 31.11.) between 2000-01-01 and
 * 2100-12-31. A date has no zone: it is a day in the academy's calendar.
 */
export function isCalendarDate(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    isDateInRange(value) &&
    DateTime.fromISO(value, { zone: 'UTC' }).isValid
  );
}

/** Validates a calendar date (see `isCalendarDate`); null passes (combine with IsOptional). */
export function IsCalendarDate(): PropertyDecorator {
  return ValidateBy({
    name: IS_CALENDAR_DATE,
    validator: {
      validate: (value) => value === null || value === undefined || isCalendarDate(value),
      defaultMessage: (args) =>
        `${args?.property} must be an existing date YYYY-MM-DD between 2000-01-01 and 2100-12-31`,
    },
  });
}
