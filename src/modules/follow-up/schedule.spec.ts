import { isOverdue, isRealDate, localDateOf, scheduleOf } from './schedule.js';

describe('follow-up schedule', () => {
  it('reads today in the academy zone, not in UTC', () => {
    // 22:30 UTC on 31 Dec is already 1 Jan in Helsinki (UTC+2).
    const instant = new Date('2025-12-31T22:30:00Z');
    expect(localDateOf(instant, 'Europe/Helsinki')).toBe('2026-01-01');
    expect(localDateOf(instant, 'UTC')).toBe('2025-12-31');
  });

  it('accepts real dates only', () => {
    expect(isRealDate('2025-12-31')).toBe(true);
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-11-31')).toBe(false);
    expect(isRealDate('2027-02-29')).toBe(false);
    expect(isRealDate('2026-13-01')).toBe(false);
    expect(isRealDate('31.11.2026')).toBe(false);
    expect(isRealDate('2026-1-01')).toBe(false);
    expect(isRealDate('1999-12-31')).toBe(false);
  });

  it('makes an open item overdue only after its date', () => {
    expect(isOverdue('2025-12-31', null, '2025-12-31')).toBe(false);
    expect(isOverdue('2025-12-31', null, '2026-01-01')).toBe(true);
    expect(isOverdue('2025-12-31', new Date('2025-12-30T10:00:00Z'), '2026-01-01')).toBe(false);
  });

  it('derives behind from any overdue item and keeps the declared flag apart', () => {
    const late = { date: '2025-12-01', doneAt: null };
    const done = { date: '2025-11-01', doneAt: new Date('2025-11-02T10:00:00Z') };
    const ahead = { date: '2026-03-01', doneAt: null };
    expect(scheduleOf(true, [done, ahead], '2026-01-01')).toEqual({
      derivedBehind: false,
      onSchedule: true,
    });
    expect(scheduleOf(true, [done, late, ahead], '2026-01-01')).toEqual({
      derivedBehind: true,
      onSchedule: false,
    });
    expect(scheduleOf(false, [], '2026-01-01')).toEqual({
      derivedBehind: false,
      onSchedule: false,
    });
  });
});
