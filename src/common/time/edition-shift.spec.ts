import { editionShiftFor, shiftCalendarText, shiftLocal } from './edition-shift.js';

const HELSINKI = 'Europe/Helsinki';

describe('shiftLocal', () => {
  it('keeps the wall-clock time when the UTC offset differs in the new year', () => {
    // 26.3.2023 is a summer-time Sunday (+03); 26.3.2024 is a winter-time Tuesday (+02).
    const shifted = shiftLocal(new Date('2023-03-26T07:00:00Z'), HELSINKI, { years: 1 });
    expect(shifted).toEqual({
      exists: true,
      instant: new Date('2024-03-26T08:00:00Z'),
      local: '2024-03-26T10:00:00',
      leapDayMoved: false,
    });
    // 28.10.2023 (Saturday, +03) → 28.10.2024 (Monday, +02 after the 27.10. change).
    const autumn = shiftLocal(new Date('2023-10-28T07:00:00Z'), HELSINKI, { years: 1 });
    expect(autumn.exists && autumn.instant.toISOString()).toBe('2024-10-28T08:00:00.000Z');
  });

  it('reports a wall-clock time that does not exist in the new year', () => {
    // 03:30 on 30.3.2024 (Saturday) is 03:30 on 30.3.2025, inside the spring-forward gap.
    const shifted = shiftLocal(new Date('2024-03-30T01:30:00Z'), HELSINKI, { years: 1 });
    expect(shifted).toEqual({ exists: false, local: '2025-03-30T03:30:00', leapDayMoved: false });
  });

  it('moves by calendar days, keeping the weekday for multiples of seven', () => {
    const shifted = shiftLocal(new Date('2023-09-12T07:00:00Z'), HELSINKI, { days: 364 });
    expect(shifted.exists && shifted.instant.toISOString()).toBe('2024-09-10T07:00:00.000Z');
    expect(shifted.local).toBe('2024-09-10T10:00:00');
  });

  it('moves 29 February to 28 February in a common year and says so', () => {
    const shifted = shiftLocal(new Date('2024-02-29T08:00:00Z'), HELSINKI, { years: 1 });
    expect(shifted).toEqual({
      exists: true,
      instant: new Date('2025-02-28T08:00:00Z'),
      local: '2025-02-28T10:00:00',
      leapDayMoved: true,
    });
  });

  it('keeps the end of a day to the millisecond', () => {
    const shifted = shiftLocal(new Date('2023-05-31T20:59:59.999Z'), HELSINKI, { years: 2 });
    expect(shifted.exists && shifted.instant.toISOString()).toBe('2025-05-31T20:59:59.999Z');
  });

  it('keeps the source offset for a time that happens twice', () => {
    // 03:30 on 27.10.2024 happens twice in Helsinki; the source (28.10.2023, +02) picks the winter one.
    const shifted = shiftLocal(new Date('2023-10-29T01:30:00Z'), HELSINKI, { days: 364 });
    expect(shifted.exists && shifted.instant.toISOString()).toBe('2024-10-27T01:30:00.000Z');
  });
});

describe('shiftCalendarText', () => {
  it('shifts dates and months, leaving other text alone', () => {
    expect(shiftCalendarText('2023-08-01', { years: 1 })).toBe('2024-08-01');
    expect(shiftCalendarText('2024-02-29', { years: 1 })).toBe('2025-02-28');
    expect(shiftCalendarText('2023-08', { years: 2 })).toBe('2025-08');
    expect(shiftCalendarText('2023-08-01', { days: 7 })).toBe('2023-08-08');
    expect(shiftCalendarText('soon', { years: 1 })).toBe('soon');
  });
});

describe('editionShiftFor', () => {
  const deadline = new Date('2023-05-31T20:59:59.999Z');
  it('reads a target year as whole years from the deadline year', () => {
    expect(editionShiftFor(deadline, HELSINKI, { year: 2025 })).toEqual({ years: 2 });
  });
  it('reads a new deadline date as calendar days from the deadline date', () => {
    expect(editionShiftFor(deadline, HELSINKI, { applicationDeadlineDate: '2024-05-29' })).toEqual({
      days: 364,
    });
  });
});
