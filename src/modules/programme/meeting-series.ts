import { DateTime } from 'luxon';
import type { FieldProblem } from '../../common/errors/domain.exception.js';
import { localIso, parseZonedInput, ZonedTimeError } from '../../common/time/zoned-time.js';

export enum SeriesUnit {
  WEEKS = 'WEEKS',
  MONTHS = 'MONTHS',
}

export interface SeriesRule {
  /** The first meeting, as instants (already parsed in the academy's zone). */
  firstStartsAt: Date;
  firstEndsAt: Date;
  every: number;
  unit: SeriesUnit;
  count: number;
  timeZone: string;
}

export interface PlannedMeeting {
  /** 1-based. */
  number: number;
  startsAt: Date;
  endsAt: Date;
  /** Wall-clock start in the zone, `2019-05-20T13:00:00`. */
  localStart: string;
}

const WALL_CLOCK = "yyyy-MM-dd'T'HH:mm:ss";

/**
 * The meetings of a series, each at the first one's wall-clock time in the academy's zone
 * (13.00 in November and 13.00 in May, whatever the offset), every `every` weeks or months
 * (a month later than 31 January is the last day of February). The end keeps the first
 * meeting's wall-clock length. A meeting whose local start or end does not exist (the
 * spring-forward hour) or happens twice (the autumn hour) is a problem naming the meeting;
 * all problems are returned at once, and no meeting when there is any.
 */
export function planSeries(rule: SeriesRule): {
  meetings: PlannedMeeting[];
  problems: FieldProblem[];
} {
  // Wall-clock arithmetic: shift the local date-time as if it had no zone, then read it in
  // the zone again (which refuses times that do not exist there).
  const firstStart = DateTime.fromISO(localIso(rule.firstStartsAt, rule.timeZone), { zone: 'UTC' });
  const firstEnd = DateTime.fromISO(localIso(rule.firstEndsAt, rule.timeZone), { zone: 'UTC' });
  const length = firstEnd.diff(firstStart);
  const meetings: PlannedMeeting[] = [];
  const problems: FieldProblem[] = [];
  for (let index = 0; index < rule.count; index++) {
    const shift =
      rule.unit === SeriesUnit.WEEKS
        ? { weeks: index * rule.every }
        : { months: index * rule.every };
    const localStart = firstStart.plus(shift);
    const localEnd = localStart.plus(length);
    const read = (local: DateTime, field: string): Date | null => {
      const text = local.toFormat(WALL_CLOCK);
      try {
        return parseZonedInput(text, rule.timeZone);
      } catch (error) {
        if (!(error instanceof ZonedTimeError)) throw error;
        problems.push({
          field,
          rule: error.problem,
          detail: `meeting ${index + 1} would ${field.endsWith('startsAt') ? 'start' : 'end'} at ${text}, ${error.problem} in ${rule.timeZone}`,
        });
        return null;
      }
    };
    const startsAt = read(localStart, 'input.startsAt');
    const endsAt = read(localEnd, 'input.endsAt');
    if (startsAt && endsAt)
      meetings.push({
        number: index + 1,
        startsAt,
        endsAt,
        localStart: localStart.toFormat(WALL_CLOCK),
      });
  }
  return problems.length > 0 ? { meetings: [], problems } : { meetings, problems };
}
