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

  it('scales the scored criteria up to the whole rubric: "not applicable" is neutral', () => {
    // Scored: groundwork 3 (weight 2) and pilot 4 (weight 3) → 6 + 12 = 18 over weight 5;
    // the rubric weighs 6.5 → 18 × 6.5 / 5 = 23.4. Another academy's criterion is ignored.
    expect(
      weightedTotal(criteria, [
        { criterionId: 'groundwork', score: 3 },
        { criterionId: 'commitment', score: null },
        { criterionId: 'pilot', score: 4 },
        { criterionId: 'elsewhere', score: 5 },
      ]),
    ).toBeCloseTo(23.4, 10);
    // The same review with the N/A criterion scored at the average of the others' level
    // compares on the same scale: all 4s give 26 either way.
    const allFours = criteria.map((criterion) => ({ criterionId: criterion.id, score: 4 }));
    expect(weightedTotal(criteria, allFours)).toBe(26);
    expect(
      weightedTotal(criteria, [
        { criterionId: 'groundwork', score: 4 },
        { criterionId: 'commitment', score: null },
        { criterionId: 'pilot', score: 4 },
      ]),
    ).toBeCloseTo(26, 10);
  });

  it('has no total when nothing is scored', () => {
    expect(weightedTotal(criteria, [{ criterionId: 'pilot', score: null }])).toBeNull();
    expect(weightedTotal(criteria, [])).toBeNull();
  });
});
