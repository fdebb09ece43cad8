import { parseZonedInput } from '../../common/time/zoned-time.js';
import { InputValidationException } from '../../common/errors/domain.exception.js';
import { planSeries, SeriesUnit } from './meeting-series.js';
import { meetingSeriesSeeds } from './meeting-series-seed.js';

const HELSINKI = 'Europe/Helsinki';
const at = (local: string) => parseZonedInput(local, HELSINKI);

describe('planSeries', () => {
  it('keeps the wall-clock time across DST, every six months', () => {
    const { meetings, problems } = planSeries({
      firstStartsAt: at('2018-11-20T13:00'),
      firstEndsAt: at('2018-11-20T15:30'),
      every: 6,
      unit: SeriesUnit.MONTHS,
      count: 5,
      timeZone: HELSINKI,
    });
    expect(problems).toEqual([]);
    expect(meetings.map((meeting) => meeting.startsAt.toISOString())).toEqual([
      '2018-11-20T11:00:00.000Z', // UTC+2
      '2019-05-20T10:00:00.000Z', // UTC+3: still 13.00 local
      '2019-11-20T11:00:00.000Z',
      '2020-05-20T10:00:00.000Z',
      '2020-11-20T11:00:00.000Z',
    ]);
    expect(meetings.map((meeting) => meeting.endsAt.toISOString())[1]).toBe(
      '2019-05-20T12:30:00.000Z',
    );
    expect(meetings.map((meeting) => meeting.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('moves weekly meetings across the spring change at the same local time', () => {
    const { meetings } = planSeries({
      firstStartsAt: at('2019-03-25T09:00'),
      firstEndsAt: at('2019-03-25T11:30'),
      every: 1,
      unit: SeriesUnit.WEEKS,
      count: 2,
      timeZone: HELSINKI,
    });
    expect(meetings.map((meeting) => meeting.localStart)).toEqual([
      '2019-03-25T09:00:00',
      '2019-04-01T09:00:00',
    ]);
    expect(meetings[1].startsAt.toISOString()).toBe('2019-04-01T06:00:00.000Z');
  });

  it('reports every meeting whose local time does not exist, and plans none', () => {
    // 31.3.2019 03:30 does not exist in Helsinki (03:00 → 04:00).
    const { meetings, problems } = planSeries({
      firstStartsAt: at('2019-03-17T03:30'),
      firstEndsAt: at('2019-03-17T05:00'),
      every: 1,
      unit: SeriesUnit.WEEKS,
      count: 3,
      timeZone: HELSINKI,
    });
    expect(meetings).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ field: 'input.startsAt', rule: 'NONEXISTENT_LOCAL_TIME' }),
    ]);
    expect(problems[0].detail).toContain('meeting 3');
  });

  it('reports a local time that happens twice', () => {
    const { problems } = planSeries({
      firstStartsAt: at('2019-10-20T03:30'),
      firstEndsAt: at('2019-10-20T05:00'),
      every: 1,
      unit: SeriesUnit.WEEKS,
      count: 2,
      timeZone: HELSINKI,
    });
    expect(problems.map((problem) => problem.rule)).toEqual(['AMBIGUOUS_LOCAL_TIME']);
  });

  it('takes the last day of a shorter month', () => {
    const { meetings } = planSeries({
      firstStartsAt: at('2019-01-31T10:00'),
      firstEndsAt: at('2019-01-31T11:00'),
      every: 1,
      unit: SeriesUnit.MONTHS,
      count: 2,
      timeZone: HELSINKI,
    });
    expect(meetings[1].localStart).toBe('2019-02-28T10:00:00');
  });
});

describe('meetingSeriesSeeds', () => {
  it('gives the demo the same wall-clock meetings as seed rows', () => {
    const rows = meetingSeriesSeeds(
      {
        firstStartsAt: at('2018-11-20T13:00'),
        firstEndsAt: at('2018-11-20T15:30'),
        every: 6,
        unit: SeriesUnit.MONTHS,
        count: 5,
        timeZone: HELSINKI,
      },
      {
        title: { fi: 'Sidosryhmätapaaminen', sv: null, en: 'Stakeholder meeting' },
        numbered: true,
        place: 'Kouvola',
      },
    );
    expect(rows.map((row) => [row.title.fi, row.startsAt.toISOString()])).toEqual([
      ['Sidosryhmätapaaminen 1/5', '2018-11-20T11:00:00.000Z'],
      ['Sidosryhmätapaaminen 2/5', '2019-05-20T10:00:00.000Z'],
      ['Sidosryhmätapaaminen 3/5', '2019-11-20T11:00:00.000Z'],
      ['Sidosryhmätapaaminen 4/5', '2020-05-20T10:00:00.000Z'],
      ['Sidosryhmätapaaminen 5/5', '2020-11-20T11:00:00.000Z'],
    ]);
    expect(rows[0]).toMatchObject({
      place: 'Kouvola',
      audience: 'COHORT',
      sequence: 0,
      title: { sv: null, en: 'Stakeholder meeting 1/5' },
    });
  });

  it('refuses a series with a non-existent local time', () => {
    expect(() =>
      meetingSeriesSeeds(
        {
          firstStartsAt: at('2019-03-17T03:30'),
          firstEndsAt: at('2019-03-17T05:00'),
          every: 1,
          unit: SeriesUnit.WEEKS,
          count: 3,
          timeZone: HELSINKI,
        },
        { title: { fi: 'X', sv: null, en: null } },
      ),
    ).toThrow(InputValidationException);
  });
});
