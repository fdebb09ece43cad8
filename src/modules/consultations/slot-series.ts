import { DateTime } from 'luxon';
import { InputValidationException } from '../../common/errors/domain.exception.js';
import { parseZonedInput, ZonedTimeError } from '../../common/time/zoned-time.js';

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

/** ISO weekday numbers as luxon counts them (Monday 1 … Sunday 7). */
const WEEKDAY_NUMBER: Record<Weekday, number> = {
  MONDAY: 1,
  TUESDAY: 2,
  WEDNESDAY: 3,
  THURSDAY: 4,
  FRIDAY: 5,
  SATURDAY: 6,
  SUNDAY: 7,
};

export const WORKDAYS = [
  Weekday.MONDAY,
  Weekday.TUESDAY,
  Weekday.WEDNESDAY,
  Weekday.THURSDAY,
  Weekday.FRIDAY,
];

export interface SlotSeries {
  /** First and last day, `2027-05-03`, in the academy's zone. */
  from: string;
  to: string;
  /** Daily window in wall-clock time, `09:00`–`16:00`. */
  dailyStart: string;
  dailyEnd: string;
  slotMinutes: number;
  bufferMinutes: number;
  weekdays: Weekday[];
}

export const MAX_SLOTS_PER_PUBLISH = 500;
const MAX_SERIES_DAYS = 366;

const minutesOf = (clock: string): number => {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours * 60 + minutes;
};
const clockOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const problem = (field: string, rule: string, detail: string): InputValidationException =>
  new InputValidationException([{ field: `input.series.${field}`, rule, detail }]);

/**
 * Expands a series into slots: on each chosen weekday from `from` to `to`, back-to-back
 * slots of `slotMinutes` with `bufferMinutes` between them, as long as a slot ends by
 * `dailyEnd`. Times are wall-clock times in the academy's zone, so 09:00 stays 09:00
 * across a change to or from summer time; a daily time that does not exist (or happens
 * twice) on one of the days is refused, naming the field.
 */
export function expandSlotSeries(
  series: SlotSeries,
  zone: string,
): Array<{ startsAt: Date; endsAt: Date }> {
  const first = DateTime.fromISO(series.from, { zone });
  const last = DateTime.fromISO(series.to, { zone });
  if (!first.isValid) throw problem('from', 'INVALID_DATE_TIME', 'not a date');
  if (!last.isValid) throw problem('to', 'INVALID_DATE_TIME', 'not a date');
  if (last < first) throw problem('to', 'order', 'to is before from');
  if (last.diff(first, 'days').days > MAX_SERIES_DAYS)
    throw problem('to', 'max', `at most ${MAX_SERIES_DAYS} days`);
  const start = minutesOf(series.dailyStart);
  const end = minutesOf(series.dailyEnd);
  if (end <= start) throw problem('dailyEnd', 'endAfterStart', 'dailyEnd is not after dailyStart');
  const days = new Set(series.weekdays.map((weekday) => WEEKDAY_NUMBER[weekday]));
  const slots: Array<{ startsAt: Date; endsAt: Date }> = [];
  for (let day = first; day <= last; day = day.plus({ days: 1 })) {
    if (!days.has(day.weekday)) continue;
    const date = day.toISODate();
    for (
      let minute = start;
      minute + series.slotMinutes <= end;
      minute += series.slotMinutes + series.bufferMinutes
    ) {
      slots.push({
        startsAt: wallClock(date, clockOf(minute), zone, 'dailyStart'),
        endsAt: wallClock(date, clockOf(minute + series.slotMinutes), zone, 'dailyEnd'),
      });
      if (slots.length > MAX_SLOTS_PER_PUBLISH)
        throw new InputValidationException([
          {
            field: 'input.series',
            rule: 'arrayMaxSize',
            detail: `at most ${MAX_SLOTS_PER_PUBLISH} slots at once`,
          },
        ]);
    }
  }
  if (slots.length === 0)
    throw new InputValidationException([
      { field: 'input.series', rule: 'emptySeries', detail: 'the series yields no slots' },
    ]);
  return slots;
}

function wallClock(date: string | null, clock: string, zone: string, field: string): Date {
  try {
    return parseZonedInput(`${date}T${clock}`, zone);
  } catch (error) {
    if (error instanceof ZonedTimeError)
      throw problem(field, error.problem, `${date}T${clock}: ${error.problem}`);
    throw error;
  }
}
