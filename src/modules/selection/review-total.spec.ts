import { weightedTotal } from './review-total.js';

const criteria = [
  { id: 'groundwork', weight: 2 },
  { id: 'commitment', weight: 1.5 },
  { id: 'pilot', weight: 3 },
];

describe('weightedTotal', () => {
  it('sums weight × score over the scored criteria', () => {
    expect(
      weightedTotal(criteria, [
        { criterionId: 'groundwork', score: 4 },
        { criterionId: 'commitment', score: 2 },
        { criterionId: 'pilot', score: 5 },
      ]),
    ).toBe(2 * 4 + 1.5 * 2 + 3 * 5);
  });

  it('leaves out "not applicable" and criteria of no rubric', () => {
    expect(
      weightedTotal(criteria, [
        { criterionId: 'groundwork', score: 3 },
        { criterionId: 'commitment', score: null },
        { criterionId: 'elsewhere', score: 5 },
      ]),
    ).toBe(6);
  });

  it('has no total when nothing is scored', () => {
    expect(weightedTotal(criteria, [{ criterionId: 'pilot', score: null }])).toBeNull();
    expect(weightedTotal(criteria, [])).toBeNull();
  });
});
