import { balanceReviewers } from './reviewer-balance.js';

const applications = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    id: `app-${index}`,
    organisationId: `org-${index}`,
  }));

const loads = (assignments: Array<{ reviewerId: string }>) => {
  const counts: Record<string, number> = {};
  for (const { reviewerId } of assignments) counts[reviewerId] = (counts[reviewerId] ?? 0) + 1;
  return counts;
};

describe('balanceReviewers', () => {
  it('spreads 6 applications × 2 reviewers evenly over 3 experts, never twice on one application', () => {
    const result = balanceReviewers({
      applications: applications(6),
      expertIds: ['a', 'b', 'c'],
      existing: [],
      conflicts: [],
      perApplication: 2,
    });
    expect(result.assignments).toHaveLength(12);
    expect(loads(result.assignments)).toEqual({ a: 4, b: 4, c: 4 });
    for (let index = 0; index < 6; index++) {
      const reviewers = result.assignments
        .filter((assignment) => assignment.applicationId === `app-${index}`)
        .map((assignment) => assignment.reviewerId);
      expect(new Set(reviewers).size).toBe(2);
    }
    expect(result.unfilledApplicationIds).toEqual([]);
  });

  it('counts existing reviews as load and tops applications up only to perApplication', () => {
    const result = balanceReviewers({
      applications: applications(2),
      expertIds: ['a', 'b'],
      existing: [
        { applicationId: 'app-0', reviewerId: 'a' },
        { applicationId: 'app-1', reviewerId: 'a' },
      ],
      conflicts: [],
      perApplication: 1,
    });
    expect(result.assignments).toEqual([]);
    const more = balanceReviewers({
      applications: applications(2),
      expertIds: ['a', 'b'],
      existing: [{ applicationId: 'app-0', reviewerId: 'a' }],
      conflicts: [],
      perApplication: 1,
    });
    expect(more.assignments).toEqual([{ applicationId: 'app-1', reviewerId: 'b' }]);
  });

  it('never picks a conflicted expert and reports what it could not fill', () => {
    const result = balanceReviewers({
      applications: applications(2),
      expertIds: ['a', 'b'],
      existing: [],
      conflicts: [
        { userId: 'a', organisationId: 'org-0' },
        { userId: 'b', organisationId: 'org-0' },
        { userId: 'b', organisationId: 'org-1' },
      ],
      perApplication: 1,
    });
    expect(result.assignments).toEqual([{ applicationId: 'app-1', reviewerId: 'a' }]);
    expect(result.unfilledApplicationIds).toEqual(['app-0']);
  });

  it('serves the application with the fewest eligible experts first', () => {
    // Only `a` may review app-1; were app-0 served first, `a` would take it (lowest order)
    // and both would still be filled, but the loads must stay even: a 1, b 1.
    const result = balanceReviewers({
      applications: applications(2),
      expertIds: ['a', 'b'],
      existing: [],
      conflicts: [{ userId: 'b', organisationId: 'org-1' }],
      perApplication: 1,
    });
    expect(result.assignments).toEqual([
      { applicationId: 'app-1', reviewerId: 'a' },
      { applicationId: 'app-0', reviewerId: 'b' },
    ]);
  });
});
