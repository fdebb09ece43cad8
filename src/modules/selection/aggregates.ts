import { ReviewRecommendation } from './selection.enums.js';

/** A submitted review as the aggregate needs it: its weighted total and recommendation. */
export interface ReviewOutcome {
  /** The review's weighted total (`weightedTotal`); null when it scored nothing. */
  total: number | null;
  recommendation: ReviewRecommendation | null;
}

/** What the reviews of one application add up to (submitted reviews only). */
export interface ReviewAggregate {
  /** Submitted reviews counted, with or without a total. */
  count: number;
  /** Reviews with a total: the ones mean, median and stdDev are taken over. */
  scored: number;
  mean: number | null;
  median: number | null;
  /**
   * Sample standard deviation (n − 1, Bessel's correction: spreadsheets' STDEV.S), so the
   * CSV matches what a programme manager checks in Excel; null under two totals.
   */
  stdDev: number | null;
  accept: number;
  reserve: number;
  reject: number;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The middle value; with an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Sample standard deviation (divides by n − 1); null for fewer than two values. */
export function sampleStdDev(values: readonly number[]): number | null {
  const average = mean(values);
  if (average === null || values.length < 2) return null;
  const squares = values.reduce((sum, value) => sum + (value - average) ** 2, 0);
  return Math.sqrt(squares / (values.length - 1));
}

/** The aggregate of one application's submitted reviews. */
export function aggregateReviews(reviews: readonly ReviewOutcome[]): ReviewAggregate {
  const totals = reviews.flatMap((review) => (review.total === null ? [] : [review.total]));
  const counted = (recommendation: ReviewRecommendation) =>
    reviews.filter((review) => review.recommendation === recommendation).length;
  return {
    count: reviews.length,
    scored: totals.length,
    mean: mean(totals),
    median: median(totals),
    stdDev: sampleStdDev(totals),
    accept: counted(ReviewRecommendation.ACCEPT),
    reserve: counted(ReviewRecommendation.RESERVE),
    reject: counted(ReviewRecommendation.REJECT),
  };
}

/**
 * Ranks by a value, highest first, with competition ranking (1, 2, 2, 4): equal values
 * share a rank. Items without a value get no rank and go last. The input order breaks ties
 * in the output order only.
 */
export function rankBy<T>(
  items: readonly T[],
  value: (item: T) => number | null,
): Array<{ item: T; rank: number | null }> {
  const indexed = items.map((item, index) => ({ item, index, value: value(item) }));
  indexed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return a.index - b.index;
      return a.value === null ? 1 : -1;
    }
    return b.value - a.value || a.index - b.index;
  });
  let previous: number | null = null;
  let previousRank = 0;
  return indexed.map((entry, position) => {
    if (entry.value === null) return { item: entry.item, rank: null };
    const rank = entry.value === previous ? previousRank : position + 1;
    previous = entry.value;
    previousRank = rank;
    return { item: entry.item, rank };
  });
}

/** Counts by key, largest group first (then by key); null keys count as their own group. */
export function countBy<T>(
  items: readonly T[],
  key: (item: T) => string | null,
): Array<{ key: string | null; count: number }> {
  const counts = new Map<string | null, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts]
    .map(([group, count]) => ({ key: group, count }))
    .sort((a, b) => b.count - a.count || (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff'));
}
