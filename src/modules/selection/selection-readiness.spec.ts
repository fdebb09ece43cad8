import { readinessProblems } from './selection-readiness.js';
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

describe('readinessProblems', () => {
  it('is empty when every submitted application is decided, within capacity, ranks 1…n', () => {
    expect(
      readinessProblems(
        ['a', 'b', 'c', 'd'],
        [accepted('a'), reserve('b', 2), reserve('c', 1), rejected('d')],
        1,
      ),
    ).toEqual([]);
  });

  it('names each submitted application without a decision', () => {
    expect(readinessProblems(['a', 'b', 'c'], [accepted('b')], 7)).toEqual([
      { problem: 'MISSING_DECISION', applicationId: 'a' },
      { problem: 'MISSING_DECISION', applicationId: 'c' },
    ]);
  });

  it('refuses more accepted than the capacity', () => {
    expect(readinessProblems(['a', 'b'], [accepted('a'), accepted('b')], 1)).toEqual([
      { problem: 'OVER_CAPACITY', accepted: 2, capacity: 1 },
    ]);
  });

  it('refuses reserve ranks with a gap or not starting at 1', () => {
    expect(readinessProblems(['a', 'b'], [reserve('a', 1), reserve('b', 3)], 7)).toEqual([
      { problem: 'RESERVE_RANKS', ranks: [1, 3] },
    ]);
    expect(readinessProblems(['a'], [reserve('a', 2)], 7)).toEqual([
      { problem: 'RESERVE_RANKS', ranks: [2] },
    ]);
  });

  it('ignores decisions on applications no longer submitted', () => {
    expect(readinessProblems(['a'], [accepted('a'), accepted('withdrawn')], 1)).toEqual([]);
  });
});
