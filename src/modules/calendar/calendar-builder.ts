// TEMPORARY (issue 10): the generic iCalendar building moved to common/ical; consultations
// still imports it from here until track B's rewrite merges. Delete this file then.
export {
  buildCalendar,
  remoteLocation,
  type CalendarItem,
  type CalendarPerson,
} from '../../common/ical/calendar-builder.js';
