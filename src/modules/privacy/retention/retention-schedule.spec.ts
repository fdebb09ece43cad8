import { nextRetentionRunAt } from './retention.job.js';
import { cutOff } from './retention-runs.service.js';

describe('retention schedule', () => {
  it('runs daily at 01:00 UTC, strictly after the instant given', () => {
    expect(nextRetentionRunAt(new Date('2027-05-01T00:59:59Z')).toISOString()).toBe(
      '2027-05-01T01:00:00.000Z',
    );
    expect(nextRetentionRunAt(new Date('2027-05-01T01:00:00Z')).toISOString()).toBe(
      '2027-05-02T01:00:00.000Z',
    );
    expect(nextRetentionRunAt(new Date('2027-12-31T09:00:00Z')).toISOString()).toBe(
      '2028-01-01T01:00:00.000Z',
    );
  });

  it('cuts off whole calendar months back, the last day of a shorter month standing in', () => {
    expect(cutOff(new Date('2028-06-20T09:30:00Z'), 12).toISOString()).toBe(
      '2027-06-20T09:30:00.000Z',
    );
    expect(cutOff(new Date('2028-03-31T12:00:00Z'), 1).toISOString()).toBe(
      '2028-02-29T12:00:00.000Z',
    );
    expect(cutOff(new Date('2028-03-31T12:00:00Z'), 0).toISOString()).toBe(
      '2028-03-31T12:00:00.000Z',
    );
  });
});
