import { localIso } from '../../common/time/zoned-time.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { csvLine, type CsvDelimiter } from '../applications/csv-cell.js';
import type { BoardRow } from './selection-board.service.js';

export const SELECTION_BOARD_CSV_HEADER = [
  'rank',
  'organisation',
  'business_id',
  'organisation_type',
  'region',
  'pilot_category',
  'submitted_at',
  'reviews_submitted',
  'reviews_missing',
  'mean',
  'median',
  'std_dev',
  'recommend_accept',
  'recommend_reserve',
  'recommend_reject',
  'reviewer_totals',
  'eligibility',
  'consultation',
  'decision',
  'reserve_rank',
];

// Figures as a spreadsheet reads them whatever its locale: a dot, at most two decimals.
const figure = (value: number | null): string =>
  value === null ? '' : String(Math.round(value * 100) / 100);

/** One board row of the CSV, in the header's order. */
export function selectionBoardCsvLine(
  academy: AcademyRecord,
  row: BoardRow,
  delimiter: CsvDelimiter,
): string {
  const { application, organisation, aggregate, flags, decision } = row;
  return csvLine(
    [
      row.rank ?? '',
      organisation.name,
      organisation.businessId,
      organisation.type,
      organisation.region,
      application.answers.pilotProcurement?.category,
      application.submittedAt ? localIso(application.submittedAt, academy.timeZone) : '',
      aggregate.count,
      flags.missingReviews,
      figure(aggregate.mean),
      figure(aggregate.median),
      figure(aggregate.stdDev),
      aggregate.accept,
      aggregate.reserve,
      aggregate.reject,
      // "Name: total" per submitted review, so a reader sees who scored what.
      row.reviews
        .filter((review) => review.weightedTotal !== null)
        .map(
          (review) =>
            `${review.reviewer.name ?? review.reviewer.email}: ${figure(review.weightedTotal)}`,
        )
        .join(' | '),
      flags.eligibility,
      flags.noConsultation ? 'no' : 'yes',
      decision?.outcome,
      decision?.reserveRank,
    ],
    delimiter,
  );
}
