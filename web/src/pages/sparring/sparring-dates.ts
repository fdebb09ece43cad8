import { currentLanguage } from '../../i18n';
import { INTL_LOCALE } from '../../i18n/times';

/** `2027-06-15` as the reader writes a date: fi 15.6.2027, sv 2027-06-15, en 15 Jun 2027. */
export function formatDueDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  // A calendar date has no zone: format the day itself (as UTC midnight, shown in UTC).
  return new Intl.DateTimeFormat(INTL_LOCALE[currentLanguage()], {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** The session's day and time in the academy's zone (the browser's when not known). */
export function formatSessionStart(instant: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[currentLanguage()], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(instant));
}
