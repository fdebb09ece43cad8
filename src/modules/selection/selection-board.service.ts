import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Locale } from '../../common/i18n/locale.js';
import { AcademiesService } from '../academies/academies.service.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { ApplicationRecordsService } from '../applications/application-records.service.js';
import type { ApplicationRecord } from '../applications/application.types.js';
import { ConsultationBookingPort } from '../applications/consultation-booking.port.js';
import { Outcome } from '../applications/eligibility.js';
import type { OrganisationRecord } from '../organisations/organisation.types.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type { UserRecord } from '../users/user.types.js';
import { UsersService } from '../users/users.service.js';
import { aggregateReviews, countBy, rankBy, type ReviewAggregate } from './aggregates.js';
import { ReviewCriterionEntity } from './entities/review-criterion.entity.js';
import { ReviewEntity } from './entities/review.entity.js';
import { SelectionDecisionEntity } from './entities/selection-decision.entity.js';
import { weightedTotal, type CriterionScore } from './review-total.js';
import {
  BoardRanking,
  ReviewStatus,
  SelectionOutcome,
  type ReviewRecommendation,
} from './selection.enums.js';

/** One review on the board. Totals and recommendations of drafts stay the reviewer's own. */
export interface BoardReview {
  reviewId: string;
  reviewer: UserRecord;
  status: ReviewStatus;
  /** Submitted reviews only; null for an assignment or a draft, or a review without scores. */
  weightedTotal: number | null;
  recommendation: ReviewRecommendation | null;
  submittedAt: Date | null;
}

export interface BoardFlags {
  /** No active consultation booking: the application is incomplete. */
  noConsultation: boolean;
  /** Overall eligibility is NOT_MET (a HARD criterion fails). */
  ineligible: boolean;
  eligibility: Outcome;
  /** Reviews assigned but not submitted yet. */
  missingReviews: number;
}

export interface BoardRow {
  /** 1 = best by the chosen aggregate; equal values share a rank; null = nothing to rank by. */
  rank: number | null;
  application: ApplicationRecord;
  organisation: OrganisationRecord;
  reviews: BoardReview[];
  aggregate: ReviewAggregate;
  flags: BoardFlags;
  /** The staged decision as it stands in selection_decisions. */
  decision: { outcome: SelectionOutcome; reserveRank: number | null } | null;
}

export interface BalanceGroup {
  key: string | null;
  count: number;
}

/** The staged cohort (ACCEPTED decisions) by the three axes the programme manager balances. */
export interface CohortBalance {
  accepted: number;
  reserve: number;
  rejected: number;
  capacity: number;
  byOrganisationType: BalanceGroup[];
  byRegion: BalanceGroup[];
  byPilotCategory: BalanceGroup[];
}

export interface SelectionBoard {
  academy: AcademyRecord;
  rankBy: BoardRanking;
  rows: BoardRow[];
  balance: CohortBalance;
}

interface ReviewRow {
  id: string;
  application_id: string;
  reviewer_id: string;
  status: ReviewStatus;
  recommendation: ReviewRecommendation | null;
  submitted_at: Date | null;
  scores: CriterionScore[];
}

/**
 * The programme manager's selection board: every submitted application of an academy with its
 * reviews' aggregate, flags, staged decision and rank, and the balance of the staged cohort.
 * A fixed number of statements whatever the number of applications (the bench and
 * test/selection-board.e2e-spec.ts count them): everything is read in batches and joined here.
 */
@Injectable()
export class SelectionBoardService {
  constructor(
    @InjectRepository(ReviewEntity) private readonly reviews: Repository<ReviewEntity>,
    @InjectRepository(ReviewCriterionEntity)
    private readonly criteria: Repository<ReviewCriterionEntity>,
    @InjectRepository(SelectionDecisionEntity)
    private readonly decisions: Repository<SelectionDecisionEntity>,
    private readonly academies: AcademiesService,
    private readonly applications: ApplicationRecordsService,
    private readonly bookings: ConsultationBookingPort,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
  ) {}

  async board(academyId: string, ranking: BoardRanking, locale: Locale): Promise<SelectionBoard> {
    const academy = await this.academies.require(academyId);
    const applications = await this.applications.submittedRecordsOf(academyId);
    const ids = applications.map((application) => application.id);
    // One after the other: the pool is shared with everyone else's requests.
    const eligibility = await this.applications.overallEligibilityOf(applications, locale);
    const booked = await this.bookings.withActiveBooking(ids);
    const organisations = new Map(
      (
        await this.organisations.findByIds([
          ...new Set(applications.map((application) => application.organisationId)),
        ])
      ).map((organisation) => [organisation.id, organisation]),
    );
    const criteria = await this.criteria.find({
      select: { id: true, weight: true },
      where: { academyId },
    });
    const reviewRows = await this.reviewsOf(academyId);
    const reviewers = new Map(
      (await this.users.findByIds([...new Set(reviewRows.map((row) => row.reviewer_id))])).map(
        (user) => [user.id, user],
      ),
    );
    const decisions = new Map(
      (await this.decisions.findBy({ academyId })).map((decision) => [
        decision.applicationId,
        decision,
      ]),
    );

    const reviewsByApplication = new Map<string, BoardReview[]>();
    for (const row of reviewRows) {
      const reviewer = reviewers.get(row.reviewer_id);
      if (!reviewer) continue;
      const submitted = row.status === ReviewStatus.SUBMITTED;
      const list = reviewsByApplication.get(row.application_id) ?? [];
      list.push({
        reviewId: row.id,
        reviewer,
        status: row.status,
        weightedTotal: submitted ? weightedTotal(criteria, row.scores) : null,
        recommendation: submitted ? row.recommendation : null,
        submittedAt: row.submitted_at,
      });
      reviewsByApplication.set(row.application_id, list);
    }

    const rows: Array<Omit<BoardRow, 'rank'>> = [];
    for (const application of applications) {
      const organisation = organisations.get(application.organisationId);
      if (!organisation) continue;
      const reviews = reviewsByApplication.get(application.id) ?? [];
      const submitted = reviews.filter((review) => review.status === ReviewStatus.SUBMITTED);
      const decision = decisions.get(application.id);
      const overall = eligibility.get(application.id) ?? Outcome.MET;
      rows.push({
        application,
        organisation,
        reviews,
        aggregate: aggregateReviews(
          submitted.map((review) => ({
            total: review.weightedTotal,
            recommendation: review.recommendation,
          })),
        ),
        flags: {
          noConsultation: !booked.has(application.id),
          ineligible: overall === Outcome.NOT_MET,
          eligibility: overall,
          missingReviews: reviews.length - submitted.length,
        },
        decision: decision
          ? { outcome: decision.outcome, reserveRank: decision.reserveRank }
          : null,
      });
    }
    // Ties (and unranked rows) keep a stable, readable order: by organisation name.
    rows.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, locale));
    const ranked = rankBy(rows, (row) =>
      ranking === BoardRanking.MEDIAN ? row.aggregate.median : row.aggregate.mean,
    ).map(({ item, rank }) => ({ ...item, rank }));

    return { academy, rankBy: ranking, rows: ranked, balance: balanceOf(academy, ranked) };
  }

  /** Every review of the academy with its scores, in one statement. */
  private reviewsOf(academyId: string): Promise<ReviewRow[]> {
    return this.reviews.manager.query<ReviewRow[]>(
      `SELECT r.id, r.application_id, r.reviewer_id, r.status, r.recommendation, r.submitted_at,
              COALESCE(json_agg(json_build_object('criterionId', s.criterion_id, 'score', s.score))
                FILTER (WHERE s.review_id IS NOT NULL), '[]') AS scores
         FROM reviews r
         LEFT JOIN review_scores s ON s.review_id = r.id
        WHERE r.academy_id = $1
        GROUP BY r.id
        ORDER BY r.created_at, r.id`,
      [academyId],
    );
  }
}

function balanceOf(academy: AcademyRecord, rows: readonly BoardRow[]): CohortBalance {
  const staged = (outcome: SelectionOutcome) =>
    rows.filter((row) => row.decision?.outcome === outcome);
  const accepted = staged(SelectionOutcome.ACCEPTED);
  return {
    accepted: accepted.length,
    reserve: staged(SelectionOutcome.RESERVE).length,
    rejected: staged(SelectionOutcome.REJECTED).length,
    capacity: academy.capacity,
    byOrganisationType: countBy(accepted, (row) => row.organisation.type),
    byRegion: countBy(accepted, (row) => row.organisation.region?.trim() || null),
    byPilotCategory: countBy(
      accepted,
      (row) => row.application.answers.pilotProcurement?.category ?? null,
    ),
  };
}
