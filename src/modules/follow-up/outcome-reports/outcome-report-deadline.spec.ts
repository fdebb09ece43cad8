import {
  isOutcomeReportOpen,
  outcomeReportDueAt,
  outcomeReportReminderAt,
} from './outcome-report-deadline.js';

const ZONE = 'Europe/Helsinki';

describe('outcome report deadline', () => {
  it('ends at 23:59:59.999 local time on the due day (summer and winter time)', () => {
    expect(outcomeReportDueAt('2025-05-31', ZONE).toISOString()).toBe('2025-05-31T20:59:59.999Z');
    expect(outcomeReportDueAt('2025-01-31', ZONE).toISOString()).toBe('2025-01-31T21:59:59.999Z');
  });

  it('is open all of the due day and closed from the next local midnight', () => {
    expect(isOutcomeReportOpen('2025-05-31', ZONE, new Date('2025-05-31T20:59:59Z'))).toBe(true);
    expect(isOutcomeReportOpen('2025-05-31', ZONE, new Date('2025-05-31T21:00:00Z'))).toBe(false);
    expect(isOutcomeReportOpen(null, ZONE, new Date('2099-01-01T00:00:00Z'))).toBe(true);
  });

  it('reminds at 9:00 local time, across the change to summer time', () => {
    // 14 days before 5.4.2025 is 22.3. (winter time, UTC+2); 3 days before is 2.4. (UTC+3).
    expect(outcomeReportReminderAt('2025-04-05', 14, ZONE).toISOString()).toBe(
      '2025-03-22T07:00:00.000Z',
    );
    expect(outcomeReportReminderAt('2025-04-05', 3, ZONE).toISOString()).toBe(
      '2025-04-02T06:00:00.000Z',
    );
  });
});
