import { DateTime, FixedOffsetZone } from 'luxon';

/**
 * How far a next edition moves from its source: a whole number of years (the same day and
 * wall-clock time `years` later) or of calendar days (the same wall-clock time `days` later,
 * which keeps weekdays when a multiple of 7). Applied to each local date-time in the
 * academy's zone, never to the UTC instant, so 10:00 in winter stays 10:00 whatever the
 * offset of the new date.
 */
export type EditionShift = { years: number; days?: never } | { days: number; years?: never };

export type ShiftedLocal =
  /** `leapDayMoved`: 29 February moved to 28 February (a year shift into a common year). */
  | { exists: true; instant: Date; local: string; leapDayMoved: boolean }
  /** The wall-clock time falls in the zone's spring-forward gap in the new year. */
  | { exists: false; local: string; leapDayMoved: boolean };

const WALL_CLOCK = "yyyy-MM-dd'T'HH:mm:ss";

/** The new date of a wall-clock date-time (a plain calendar, no zone). */
function shiftCalendar(local: DateTime, shift: EditionShift): DateTime {
  // UTC has no gaps: calendar arithmetic only (Luxon moves 29.2 + 1 year to 28.2).
  const plain = DateTime.fromObject(local.toObject(), { zone: 'UTC' });
  return shift.years !== undefined
    ? plain.plus({ years: shift.years })
    : plain.plus({ days: shift.days });
}

/**
 * The instant at the same wall-clock time in `zone` after the shift, or that it does not
 * exist there (the spring-forward hour). A time that happens twice (the autumn hour) keeps the
 * source's UTC offset when it can — the earlier of the two when the source was in summer
 * time — else Luxon's choice (the earlier).
 */
export function shiftLocal(instant: Date, zone: string, shift: EditionShift): ShiftedLocal {
  const source = DateTime.fromJSDate(instant, { zone });
  const target = shiftCalendar(source, shift);
  const leapDayMoved = source.month === 2 && source.day === 29 && target.day === 28;
  const fields = {
    year: target.year,
    month: target.month,
    day: target.day,
    hour: target.hour,
    minute: target.minute,
    second: target.second,
    millisecond: target.millisecond,
  };
  const wanted = target.toFormat(WALL_CLOCK);
  let zoned = DateTime.fromObject(fields, { zone });
  if (zoned.toFormat(WALL_CLOCK) !== wanted) return { exists: false, local: wanted, leapDayMoved };
  const offsets = zoned.getPossibleOffsets();
  if (offsets.length > 1) {
    const same = offsets.find((candidate) => candidate.offset === source.offset);
    if (same) {
      zoned = DateTime.fromObject(fields, { zone: FixedOffsetZone.instance(same.offset) }).setZone(
        zone,
      );
    }
  }
  return { exists: true, instant: zoned.toJSDate(), local: wanted, leapDayMoved };
}

/**
 * A calendar date (`YYYY-MM-DD`) or month (`YYYY-MM`) after the shift; other text unchanged.
 * A month moves by whole years, or by the days' shift applied to its first day.
 */
export function shiftCalendarText(value: string, shift: EditionShift): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = DateTime.fromISO(value, { zone: 'UTC' });
    return date.isValid ? shiftCalendar(date, shift).toISODate()! : value;
  }
  if (/^\d{4}-\d{2}$/.test(value)) {
    const month = DateTime.fromISO(`${value}-01`, { zone: 'UTC' });
    return month.isValid ? shiftCalendar(month, shift).toFormat('yyyy-MM') : value;
  }
  return value;
}

/**
 * The shift that takes the source's application deadline to `shiftTo`: a target year (whole
 * years from the deadline's local year) or the new deadline's date (calendar days from the
 * deadline's local date).
 */
export function editionShiftFor(
  sourceDeadline: Date,
  zone: string,
  shiftTo: { year?: number | null; applicationDeadlineDate?: string | null },
): EditionShift {
  const deadline = DateTime.fromJSDate(sourceDeadline, { zone });
  if (shiftTo.year !== undefined && shiftTo.year !== null)
    return { years: shiftTo.year - deadline.year };
  const date = DateTime.fromISO(shiftTo.applicationDeadlineDate ?? '', { zone: 'UTC' });
  const from = DateTime.fromISO(deadline.toISODate()!, { zone: 'UTC' });
  return { days: Math.round(date.diff(from, 'days').days) };
}
