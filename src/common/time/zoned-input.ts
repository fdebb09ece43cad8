import { InputValidationException } from '../errors/domain.exception.js';
import { parseZonedInput, ZonedTimeError } from './zoned-time.js';

/** Field description for every date-time argument read by parseZonedField. */
export const ZONED_INPUT_HELP =
  "Local time in the academy's zone (`2027-09-12T10:00`) or an instant with offset (`2027-09-12T07:00:00Z`).";

/** Parses a date-time argument, or refuses it naming the field and the broken rule. */
export function parseZonedField(value: string, zone: string, field: string): Date {
  try {
    return parseZonedInput(value, zone);
  } catch (error) {
    if (error instanceof ZonedTimeError) {
      throw new InputValidationException([
        { field, rule: error.problem, detail: `${field}: ${error.problem}` },
      ]);
    }
    throw error;
  }
}

/** Refuses an end at or before its start, naming the end field. */
export function assertEndAfterStart(start: Date, end: Date, field: string): void {
  if (end.getTime() <= start.getTime()) {
    throw new InputValidationException([
      { field, rule: 'endAfterStart', detail: `${field} must be after the start` },
    ]);
  }
}
