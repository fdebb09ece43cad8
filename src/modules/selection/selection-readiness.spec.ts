import { readinessProblems, type ReleaseTiming } from './selection-readiness.js';
import { SelectionOutcome } from './selection.enums.js';

const accepted = (applicationId: string) => ({
  applicationId,
  outcome: SelectionOutcome.ACCEPTED,
  reserveRank: null,
});
const reserve = (applicationId: string, reserveRank: number) => ({
  applicationId,
  outcome: SelectionOutcome.RESERVE,
  reserveRank,
});
const rejected = (applicationId: string) => ({
  applicationId,
  outcome: SelectionOutcome.REJECTED,
  reserveRank: null,
});

// A release a day after the application deadline, no confirmation deadline set.
const DEADLINE = new Date('2026-05-31T20:59:59.999Z');
const AFTER = new Date('2026-06-01T09:00:00Z');
const timing: ReleaseTiming = {
  releaseAt: AFTER,
  latestApplicationDeadline: DEADLINE,
  confirmationDeadline: null,
};

describe('readinessProblems', () => {
  it('is empty when every submitted application is decided, within capacity, ranks 1…n', () => {
    expect(
      readinessProblems(
        ['a', 'b', 'c', 'd'],
        [accepted('a'), reserve('b', 2), reserve('c', 1), rejected('d')],
        1,
        timing,
      ),
    ).toEqual([]);
  });

  it('names each submitted application without a decision', () => {
    expect(readinessProblems(['a', 'b', 'c'], [accepted('b')], 7, timing)).toEqual([
      { problem: 'MISSING_DECISION', applicationId: 'a' },
      { problem: 'MISSING_DECISION', applicationId: 'c' },
    ]);
  });

  it('refuses more accepted than the capacity', () => {
    expect(readinessProblems(['a', 'b'], [accepted('a'), accepted('b')], 1, timing)).toEqual([
      { problem: 'OVER_CAPACITY', accepted: 2, capacity: 1 },
    ]);
  });

  it('refuses reserve ranks with a gap or not starting at 1', () => {
    expect(readinessProblems(['a', 'b'], [reserve('a', 1), reserve('b', 3)], 7, timing)).toEqual([
      { problem: 'RESERVE_RANKS', ranks: [1, 3] },
    ]);
    expect(readinessProblems(['a'], [reserve('a', 2)], 7, timing)).toEqual([
      { problem: 'RESERVE_RANKS', ranks: [2] },
    ]);
  });

  it('ignores decisions on applications no longer submitted', () => {
    expect(readinessProblems(['a'], [accepted('a'), accepted('withdrawn')], 1, timing)).toEqual([]);
  });

  it('refuses a release at or before the application deadline, naming the deadline', () => {
    for (const releaseAt of [DEADLINE, new Date('2026-05-20T09:00:00Z')])
      expect(readinessProblems(['a'], [accepted('a')], 1, { ...timing, releaseAt })).toEqual([
        { problem: 'DEADLINE_NOT_PASSED', deadline: DEADLINE },
      ]);
  });

  it('counts the latest extension as the deadline', () => {
    const extended = new Date('2026-06-05T20:59:59.999Z');
    expect(
      readinessProblems(['a'], [accepted('a')], 1, {
        ...timing,
        latestApplicationDeadline: extended,
      }),
    ).toEqual([{ problem: 'DEADLINE_NOT_PASSED', deadline: extended }]);
  });

  it('refuses a confirmation deadline at or before the release, and accepts one after it', () => {
    for (const confirmationDeadline of [AFTER, new Date('2026-05-31T21:00:00Z')])
      expect(
        readinessProblems(['a'], [accepted('a')], 1, { ...timing, confirmationDeadline }),
      ).toEqual([{ problem: 'CONFIRMATION_DEADLINE_PAST', deadline: confirmationDeadline }]);
    expect(
      readinessProblems(['a'], [accepted('a')], 1, {
        ...timing,
        confirmationDeadline: new Date('2026-06-01T09:00:00.001Z'),
      }),
    ).toEqual([]);
  });
});
