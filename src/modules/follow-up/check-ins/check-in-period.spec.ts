import { CheckInCadence } from './check-in.enums.js';
import {
  addDays,
  checkInPeriodOf,
  isCheckInDue,
  nextSweepAt,
  startOfLocalDate,
} from './check-in-period.js';

describe('check-in periods', () => {
  it('is the calendar month or quarter of the day, none for NONE', () => {
    expect(checkInPeriodOf('2027-02-14', CheckInCadence.MONTHLY)).toEqual({
      start: '2027-02-01',
      end: '2027-02-28',
    });
    expect(checkInPeriodOf('2027-11-30', CheckInCadence.QUARTERLY)).toEqual({
      start: '2027-10-01',
      end: '2027-12-31',
    });
    expect(checkInPeriodOf('2027-11-30', CheckInCadence.NONE)).toBeNull();
  });

  it('is due in the last seven days of the period only', () => {
    const period = { start: '2027-09-01', end: '2027-09-30' };
    expect(isCheckInDue('2027-09-23', period)).toBe(false);
    expect(isCheckInDue('2027-09-24', period)).toBe(true);
    expect(isCheckInDue('2027-09-30', period)).toBe(true);
    expect(isCheckInDue('2027-10-01', period)).toBe(false);
  });

  it('starts a period at local midnight and sweeps on the next whole hour', () => {
    expect(startOfLocalDate('2027-09-01', 'Europe/Helsinki').toISOString()).toBe(
      '2027-08-31T21:00:00.000Z',
    );
    expect(addDays('2027-02-27', 3)).toBe('2027-03-02');
    expect(nextSweepAt(new Date('2027-09-01T09:00:00Z')).toISOString()).toBe(
      '2027-09-01T10:00:00.000Z',
    );
    expect(nextSweepAt(new Date('2027-09-01T09:59:59Z')).toISOString()).toBe(
      '2027-09-01T10:00:00.000Z',
    );
  });
});
