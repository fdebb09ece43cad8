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
 * A review's weighted total: Σ weight × score over the scored criteria of the rubric, scaled
 * up to the whole rubric's weight (× Σ weight of all criteria / Σ weight of the scored ones),
 * so a "not applicable" answer is neutral — neither a zero nor a gain — and totals of reviews
 * with and without N/A compare on one scale. With every criterion scored this is the plain
 * Σ weight × score. A review without any score has no total (null); scores for criteria
 * outside the rubric are ignored.
 */
export function weightedTotal(
  criteria: readonly WeightedCriterion[],
  scores: readonly CriterionScore[],
): number | null {
  const weights = new Map(criteria.map((criterion) => [criterion.id, criterion.weight]));
  let total = 0;
  let scoredWeight = 0;
  for (const { criterionId, score } of scores) {
    const weight = weights.get(criterionId);
    if (weight === undefined || score === null) continue;
    total += weight * score;
    scoredWeight += weight;
  }
  if (scoredWeight === 0) return null;
  const rubricWeight = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  return (total * rubricWeight) / scoredWeight;
}
