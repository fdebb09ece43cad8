import type { CalendarItem } from './calendar-builder.js';

/** A workshop 10:00–12:00 Helsinki time (UTC+3 in summer), for the calendar unit specs. */
export const calendarItem = (overrides: Partial<CalendarItem> = {}): CalendarItem => ({
  uid: 'event-1@akatemia',
  sequence: 0,
  lastModified: new Date('2027-05-01T09:00:00Z'),
  start: new Date('2027-09-14T07:00:00Z'),
  end: new Date('2027-09-14T09:00:00Z'),
  summary: 'Työpaja',
  description: null,
  location: null,
  url: null,
  cancelled: false,
  timeZone: 'Europe/Helsinki',
  ...overrides,
});
