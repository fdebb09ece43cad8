/** A criterion as the weighted total needs it. */
export interface WeightedCriterion {
  id: string;
  weight: number;
}

/** One criterion's score in a review; null = "not applicable". */
export interface CriterionScore {
  criterionId: string;
  score: number | null;
}

/**
 * A review's weighted total: Σ weight × score over the scored criteria of the rubric. A
 * "not applicable" answer, or a criterion left unscored, adds nothing; a review without any
 * score has no total (null). Scores for criteria outside the rubric are ignored.
 */
export function weightedTotal(
  criteria: readonly WeightedCriterion[],
  scores: readonly CriterionScore[],
): number | null {
  const weights = new Map(criteria.map((criterion) => [criterion.id, criterion.weight]));
  let total = 0;
  let scored = 0;
  for (const { criterionId, score } of scores) {
    const weight = weights.get(criterionId);
    if (weight === undefined || score === null) continue;
    total += weight * score;
    scored += 1;
  }
  return scored === 0 ? null : total;
}
