import { InputValidationException } from '../../common/errors/domain.exception.js';
import { expandSlotSeries, Weekday, WORKDAYS, type SlotSeries } from './slot-series.js';

const HELSINKI = 'Europe/Helsinki';
const base: SlotSeries = {
  from: '2027-05-03',
  to: '2027-05-03',
  dailyStart: '09:00',
  dailyEnd: '12:00',
  slotMinutes: 60,
  bufferMinutes: 0,
  weekdays: WORKDAYS,
};
const iso = (slots: Array<{ startsAt: Date; endsAt: Date }>) =>
  slots.map((slot) => [slot.startsAt.toISOString(), slot.endsAt.toISOString()]);

function refusal(series: SlotSeries): { field: string; rule: string } {
  try {
    expandSlotSeries(series, HELSINKI);
  } catch (error) {
    expect(error).toBeInstanceOf(InputValidationException);
    const [problem] = (error as InputValidationException).problems;
    return { field: problem.field, rule: problem.rule };
  }
  throw new Error('expected a refusal');
}

describe('expandSlotSeries', () => {
  it('fills the daily window back to back, the last slot ending by the window end', () => {
    expect(iso(expandSlotSeries(base, HELSINKI))).toEqual([
      ['2027-05-03T06:00:00.000Z', '2027-05-03T07:00:00.000Z'],
      ['2027-05-03T07:00:00.000Z', '2027-05-03T08:00:00.000Z'],
      ['2027-05-03T08:00:00.000Z', '2027-05-03T09:00:00.000Z'],
    ]);
  });

  it('leaves the buffer between slots and drops a slot that would run past the window', () => {
    // 09:00–09:50, 10:05–10:55, (11:10–12:00 fits), 12:15 would not.
    const slots = expandSlotSeries({ ...base, slotMinutes: 50, bufferMinutes: 15 }, HELSINKI);
    expect(iso(slots)).toEqual([
      ['2027-05-03T06:00:00.000Z', '2027-05-03T06:50:00.000Z'],
      ['2027-05-03T07:05:00.000Z', '2027-05-03T07:55:00.000Z'],
      ['2027-05-03T08:10:00.000Z', '2027-05-03T09:00:00.000Z'],
    ]);
  });

  it('takes only the chosen weekdays, both ends of the date range included', () => {
    // 3.5.2027 is a Monday; to Sunday 16.5.: Tuesdays and Fridays are 4, 7, 11, 14.
    const slots = expandSlotSeries(
      {
        ...base,
        to: '2027-05-16',
        dailyEnd: '10:00',
        weekdays: [Weekday.TUESDAY, Weekday.FRIDAY],
      },
      HELSINKI,
    );
    expect(slots.map((slot) => slot.startsAt.toISOString().slice(0, 10))).toEqual([
      '2027-05-04',
      '2027-05-07',
      '2027-05-11',
      '2027-05-14',
    ]);
    const weekend = expandSlotSeries(
      { ...base, from: '2027-05-08', to: '2027-05-09', weekdays: [Weekday.SUNDAY] },
      HELSINKI,
    );
    expect(weekend[0].startsAt.toISOString()).toBe('2027-05-09T06:00:00.000Z');
  });

  it('keeps the wall-clock time across the change to summer time', () => {
    // Summer time starts on Sunday 28.3.2027: 09:00 is 07:00Z on Friday, 06:00Z on Monday.
    const slots = expandSlotSeries(
      { ...base, from: '2027-03-26', to: '2027-03-29', dailyEnd: '10:00' },
      HELSINKI,
    );
    expect(iso(slots)).toEqual([
      ['2027-03-26T07:00:00.000Z', '2027-03-26T08:00:00.000Z'],
      ['2027-03-29T06:00:00.000Z', '2027-03-29T07:00:00.000Z'],
    ]);
  });

  it('refuses a daily time that does not exist on one of the days, naming the field', () => {
    // 03:00–04:00 does not exist in Helsinki on 28.3.2027.
    expect(
      refusal({
        ...base,
        from: '2027-03-27',
        to: '2027-03-28',
        dailyStart: '03:30',
        dailyEnd: '05:00',
        weekdays: [Weekday.SATURDAY, Weekday.SUNDAY],
      }),
    ).toEqual({ field: 'input.series.dailyStart', rule: 'NONEXISTENT_LOCAL_TIME' });
  });

  it('refuses reversed dates and windows, empty series and too many slots', () => {
    expect(refusal({ ...base, from: '2027-05-04', to: '2027-05-03' })).toEqual({
      field: 'input.series.to',
      rule: 'order',
    });
    expect(refusal({ ...base, dailyStart: '12:00', dailyEnd: '09:00' })).toEqual({
      field: 'input.series.dailyEnd',
      rule: 'endAfterStart',
    });
    expect(refusal({ ...base, slotMinutes: 240 })).toEqual({
      field: 'input.series',
      rule: 'emptySeries',
    });
    expect(refusal({ ...base, from: '2027-05-08', to: '2027-05-09' })).toEqual({
      field: 'input.series',
      rule: 'emptySeries',
    });
    expect(
      refusal({
        ...base,
        to: '2027-12-31',
        dailyStart: '08:00',
        dailyEnd: '18:00',
        slotMinutes: 10,
      }),
    ).toEqual({ field: 'input.series', rule: 'arrayMaxSize' });
    expect(refusal({ ...base, from: '2027-02-30' })).toEqual({
      field: 'input.series.from',
      rule: 'INVALID_DATE_TIME',
    });
  });
});
