/**
 * The instants the service accepts as input. Nothing an academy plans lies outside this
 * range, and a year 1 or a negative year written into a calendar feed breaks every client
 * (`DTSTART:00-10101T000000Z`), so input outside it is refused, naming the field.
 */
export const EARLIEST_INSTANT = new Date('2000-01-01T00:00:00.000Z');
export const LATEST_INSTANT = new Date('2100-12-31T23:59:59.999Z');
/** The same range for calendar dates (`YYYY-MM-DD`), compared as text. */
export const EARLIEST_DATE = '2000-01-01';
export const LATEST_DATE = '2100-12-31';

/** The broken rule's name, shared by every date-time input (`rule.DATE_OUT_OF_RANGE`). */
export const DATE_OUT_OF_RANGE = 'DATE_OUT_OF_RANGE';

export function isInstantInRange(instant: Date): boolean {
  const time = instant.getTime();
  return time >= EARLIEST_INSTANT.getTime() && time <= LATEST_INSTANT.getTime();
}

export function isDateInRange(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= EARLIEST_DATE && date <= LATEST_DATE;
}
