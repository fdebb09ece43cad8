import { isCalendarDate } from './calendar-date.validator.js';

describe('isCalendarDate', () => {
  it.each(['2025-02-28', '2024-02-29', '2025-12-31', '2000-01-01', '2100-12-31'])(
    'accepts %s',
    (value) => expect(isCalendarDate(value)).toBe(true),
  );

  it.each([
    '2025-02-30',
    '2025-02-29',
    '2025-11-31',
    '2025-13-01',
    '2025-00-10',
    '2025-1-5',
    '31.11.2025',
    '2025-12-31T10:00',
    '1999-12-31',
    '2101-01-01',
    '',
    42,
    null,
  ])('refuses %p', (value) => expect(isCalendarDate(value)).toBe(false));
});
