import { aggregateReviews, countBy, mean, median, rankBy, sampleStdDev } from './aggregates.js';
import { weightedTotal } from './review-total.js';
import { ReviewRecommendation } from './selection.enums.js';

const { ACCEPT, RESERVE, REJECT } = ReviewRecommendation;

describe('mean, median and standard deviation', () => {
  it('match hand-computed figures for an odd count', () => {
    // 20, 26, 29: mean 75 / 3 = 25; median 26; squares 25 + 1 + 16 = 42.
    expect(mean([26, 20, 29])).toBe(25);
    expect(median([26, 20, 29])).toBe(26);
    // Sample: √(42 / 2) = √21 ≈ 4.5826; the population figure would be √14 ≈ 3.7417.
    expect(sampleStdDev([26, 20, 29])).toBeCloseTo(4.5826, 4);
  });

  it('match hand-computed figures for an even count (median between the middle two)', () => {
    // 10, 14, 20, 30: mean 18.5; median (14 + 20) / 2 = 17;
    // squares 72.25 + 20.25 + 2.25 + 132.25 = 227; √(227 / 3) ≈ 8.6987.
    expect(mean([30, 10, 20, 14])).toBe(18.5);
    expect(median([30, 10, 20, 14])).toBe(17);
    expect(sampleStdDev([30, 10, 20, 14])).toBeCloseTo(8.6987, 4);
  });

  it('have no value without data, and no spread under two values', () => {
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
    expect(sampleStdDev([])).toBeNull();
    expect(sampleStdDev([12])).toBeNull();
    expect(sampleStdDev([7, 7, 7])).toBe(0);
  });
});

describe('aggregateReviews', () => {
  const criteria = [
    { id: 'groundwork', weight: 2 },
    { id: 'team', weight: 1 },
  ];
  const total = (groundwork: number | null, team: number | null) =>
    weightedTotal(criteria, [
      { criterionId: 'groundwork', score: groundwork },
      { criterionId: 'team', score: team },
    ]);

  it('aggregates the weighted totals and counts the recommendations', () => {
    // Totals 2·4 + 3 = 11, 2·5 + 5 = 15, 2·2 + 3 = 7: mean 11, median 11, √((0 + 16 + 16) / 2) = 4.
    const aggregate = aggregateReviews([
      { total: total(4, 3), recommendation: ACCEPT },
      { total: total(5, 5), recommendation: ACCEPT },
      { total: total(2, 3), recommendation: REJECT },
    ]);
    expect(aggregate).toEqual({
      count: 3,
      scored: 3,
      mean: 11,
      median: 11,
      stdDev: 4,
      accept: 2,
      reserve: 0,
      reject: 1,
    });
  });

  it('counts a review without any score but leaves it out of the figures', () => {
    // A review answering "not applicable" everywhere has no total (null).
    const aggregate = aggregateReviews([
      { total: total(null, null), recommendation: RESERVE },
      { total: total(3, 1), recommendation: RESERVE },
    ]);
    expect(aggregate).toMatchObject({ count: 2, scored: 1, mean: 7, median: 7, stdDev: null });
    expect(aggregate.reserve).toBe(2);
  });

  it('is empty for no reviews', () => {
    expect(aggregateReviews([])).toEqual({
      count: 0,
      scored: 0,
      mean: null,
      median: null,
      stdDev: null,
      accept: 0,
      reserve: 0,
      reject: 0,
    });
  });
});

describe('rankBy', () => {
  it('ranks highest first, equal values share a rank (1, 2, 2, 4), no value goes last unranked', () => {
    const ranked = rankBy(['a', 'b', 'c', 'd', 'e'], (item) =>
      item === 'a' ? 10 : item === 'b' ? 20 : item === 'c' ? null : item === 'd' ? 10 : 5,
    );
    expect(ranked).toEqual([
      { item: 'b', rank: 1 },
      { item: 'a', rank: 2 },
      { item: 'd', rank: 2 },
      { item: 'e', rank: 4 },
      { item: 'c', rank: null },
    ]);
  });
});

describe('countBy', () => {
  it('counts groups, largest first, a missing key as its own group', () => {
    expect(countBy(['x', 'y', null, 'z', 'x', null, 'x'], (item) => item)).toEqual([
      { key: 'x', count: 3 },
      { key: null, count: 2 },
      { key: 'y', count: 1 },
      { key: 'z', count: 1 },
    ]);
  });
});
