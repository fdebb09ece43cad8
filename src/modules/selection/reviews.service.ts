import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import { isAdmin, isStaff, type Principal } from '../../common/auth/principal.js';
import {
  DomainException,
  InputValidationException,
  notFound,
} from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { Clock } from '../../common/time/clock.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { AcademiesService } from '../academies/academies.service.js';
import { ApplicationRecordsService } from '../applications/application-records.service.js';
import { ApplicationStatus } from '../applications/application.enums.js';
import { joinApplicationSql } from '../applications/application.sql.js';
import { AuditService } from '../audit/audit.service.js';
import type { SaveReviewInput } from './dto/save-review.input.js';
import { ConflictOfInterestEntity } from './entities/conflict-of-interest.entity.js';
import type { ReviewCriterionEntity } from './entities/review-criterion.entity.js';
import { ReviewScoreEntity } from './entities/review-score.entity.js';
import { ReviewEntity } from './entities/review.entity.js';
import { ReviewRubricService } from './review-rubric.service.js';
import { ReviewStatus } from './selection.enums.js';

/**
 * A reviewer's own review: drafts, the submission that locks it, and who sees which
 * reviews (an expert sees the others' only after submitting their own).
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly transactions: ContendedTransactions,
    @InjectRepository(ReviewEntity) private readonly reviews: Repository<ReviewEntity>,
    @InjectRepository(ReviewScoreEntity) private readonly scores: Repository<ReviewScoreEntity>,
    private readonly academies: AcademiesService,
    private readonly applications: ApplicationRecordsService,
    private readonly rubric: ReviewRubricService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The caller's assignments, in one academy or all, oldest first. */
  mine(principal: Principal, academyId?: string | null): Promise<ReviewEntity[]> {
    return this.reviews.find({
      where: { reviewerId: principal.user.id, ...(academyId ? { academyId } : {}) },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: 500,
    });
  }

  /** Scores of many reviews in one query (the loader). */
  async scoresOf(reviewIds: readonly string[]): Promise<Map<string, ReviewScoreEntity[]>> {
    const byReview = new Map<string, ReviewScoreEntity[]>(reviewIds.map((id) => [id, []]));
    if (reviewIds.length === 0) return byReview;
    const rows = await this.scores.findBy({ reviewId: In([...reviewIds]) });
    for (const row of rows) byReview.get(row.reviewId)?.push(row);
    return byReview;
  }

  /** Reviews of many applications in one query (the loader), oldest assignment first. */
  async reviewsOfApplications(
    applicationIds: readonly string[],
  ): Promise<Map<string, ReviewEntity[]>> {
    const byApplication = new Map<string, ReviewEntity[]>(applicationIds.map((id) => [id, []]));
    if (applicationIds.length === 0) return byApplication;
    const rows = await this.reviews.find({
      where: { applicationId: In([...applicationIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    for (const row of rows) byApplication.get(row.applicationId)?.push(row);
    return byApplication;
  }

  /** Of these applications, those the user is assigned to review (any status). */
  async assignedAmong(userId: string, applicationIds: readonly string[]): Promise<Set<string>> {
    if (applicationIds.length === 0) return new Set();
    // A reviewer who has since declared a conflict with the organisation reads no more notes.
    const rows = await this.reviews.query<Array<{ application_id: string }>>(
      `SELECT r.application_id FROM reviews r
       ${joinApplicationSql('ap', 'r.application_id')}
       WHERE r.reviewer_id = $1 AND r.application_id = ANY($2::uuid[])
         AND NOT EXISTS (SELECT 1 FROM conflicts_of_interest c
                         WHERE c.user_id = r.reviewer_id AND c.organisation_id = ap.organisation_id)`,
      [userId, [...applicationIds]],
    );
    return new Set(rows.map((row) => row.application_id));
  }

  /** The organisations each person declared a conflict of interest with, by user id. */
  async conflictsOf(userIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const result = new Map<string, Set<string>>();
    if (userIds.length === 0) return result;
    const rows = await this.reviews.manager.getRepository(ConflictOfInterestEntity).find({
      select: { userId: true, organisationId: true },
      where: { userId: In([...userIds]) },
    });
    for (const row of rows) {
      const set = result.get(row.userId) ?? new Set<string>();
      set.add(row.organisationId);
      result.set(row.userId, set);
    }
    return result;
  }

  /**
   * The reviews of one application that the caller may read: admins all; an expert their
   * own, and the others' SUBMITTED ones only once theirs is submitted (so nobody anchors on
   * another's scores, and a draft stays its reviewer's own) and while they have no declared
   * conflict with the organisation (`conflicted`); nobody else any.
   */
  visibleTo(
    principal: Principal | null,
    reviews: readonly ReviewEntity[],
    conflicted = false,
  ): ReviewEntity[] {
    if (isAdmin(principal)) return [...reviews];
    if (!principal || !isStaff(principal)) return [];
    const own = reviews.find((review) => review.reviewerId === principal.user.id);
    if (!own) return [];
    if (own.status !== ReviewStatus.SUBMITTED || conflicted) return [own];
    return reviews.filter((review) => review === own || review.status === ReviewStatus.SUBMITTED);
  }

  async save(principal: Principal, input: SaveReviewInput): Promise<ReviewEntity> {
    return this.transactions.run(async (manager) => {
      const { review, rubric } = await this.lockOwn(manager, principal, input.applicationId);
      const rows = checkScores(rubric, input);
      const scores = manager.getRepository(ReviewScoreEntity);
      await scores.delete({ reviewId: review.id });
      if (rows.length > 0) {
        await scores.insert(
          rows.map((row) => ({ ...row, reviewId: review.id, academyId: review.academyId })),
        );
      }
      const before = { status: review.status, recommendation: review.recommendation };
      review.status = ReviewStatus.DRAFT;
      if (input.comment !== undefined) review.comment = input.comment?.trim() || null;
      if (input.recommendation !== undefined) review.recommendation = input.recommendation;
      const saved = await manager.getRepository(ReviewEntity).save(review);
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'review.saved',
        entityType: 'review',
        entityId: review.id,
        before,
        after: { status: saved.status, recommendation: saved.recommendation, scores: rows },
      });
      return saved;
    });
  }

  async submit(principal: Principal, applicationId: string): Promise<ReviewEntity> {
    return this.transactions.run(async (manager) => {
      const { review, rubric } = await this.lockOwn(manager, principal, applicationId);
      const given = new Map(
        (await manager.getRepository(ReviewScoreEntity).findBy({ reviewId: review.id })).map(
          (score) => [score.criterionId, score.score],
        ),
      );
      // Every criterion answered within its (current) scale, N/A only where allowed.
      const missing = rubric
        .filter((criterion) => {
          if (!given.has(criterion.id)) return true;
          const score = given.get(criterion.id) ?? null;
          if (score === null) return !criterion.allowsNotApplicable;
          return score < criterion.scaleMin || score > criterion.scaleMax;
        })
        .map((criterion) => `scores.${criterion.id}`);
      if (!review.recommendation) missing.push('recommendation');
      if (missing.length > 0) {
        throw new DomainException(ErrorCode.REVIEW_INCOMPLETE, { fields: missing });
      }
      review.status = ReviewStatus.SUBMITTED;
      review.submittedAt = this.clock.now();
      const saved = await manager.getRepository(ReviewEntity).save(review);
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'review.submitted',
        entityType: 'review',
        entityId: review.id,
        before: { status: ReviewStatus.DRAFT },
        after: { status: ReviewStatus.SUBMITTED, recommendation: saved.recommendation },
      });
      return saved;
    });
  }

  /**
   * The caller's own open review of the application, locked, with the rubric it is scored
   * against. The academy is held FOR SHARE first (the rubric cannot change meanwhile; the
   * same order as setReviewRubric's FOR UPDATE).
   */
  private async lockOwn(
    manager: EntityManager,
    principal: Principal,
    applicationId: string,
  ): Promise<{ review: ReviewEntity; rubric: ReviewCriterionEntity[] }> {
    const application = await this.applications.findById(applicationId, manager);
    if (!application) throw notFound();
    await this.academies.lock(manager, application.academyId, 'share');
    const review = await manager.getRepository(ReviewEntity).findOne({
      where: { applicationId, reviewerId: principal.user.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!review) throw new DomainException(ErrorCode.NOT_ASSIGNED);
    if (review.status === ReviewStatus.SUBMITTED) {
      throw new DomainException(ErrorCode.REVIEW_SUBMITTED);
    }
    // Declaring a conflict removes open assignments; this catches one made around that rule.
    const conflicted = await manager.getRepository(ConflictOfInterestEntity).existsBy({
      userId: principal.user.id,
      organisationId: application.organisationId,
    });
    if (conflicted) throw new DomainException(ErrorCode.CONFLICT_OF_INTEREST);
    // A withdrawn application is out of the selection: nothing more is scored for it.
    if (application.status !== ApplicationStatus.SUBMITTED)
      throw new DomainException(ErrorCode.NOT_SUBMITTED);
    return { review, rubric: await this.rubric.rubricOf(application.academyId, manager) };
  }
}

/** The scores as rows, each checked against the rubric; the first problem refuses all. */
function checkScores(
  rubric: readonly ReviewCriterionEntity[],
  input: SaveReviewInput,
): Array<{ criterionId: string; score: number | null }> {
  const criteria = new Map(rubric.map((criterion) => [criterion.id, criterion]));
  const seen = new Set<string>();
  return input.scores.map(({ criterionId, score }, index) => {
    const field = `input.scores.${index}`;
    const criterion = criteria.get(criterionId);
    if (!criterion) {
      throw new DomainException(ErrorCode.CRITERION_NOT_IN_RUBRIC, {
        field: `${field}.criterionId`,
      });
    }
    if (seen.has(criterionId)) {
      throw new InputValidationException([
        {
          field: `${field}.criterionId`,
          rule: 'unique',
          detail: `${field}.criterionId: each criterion is scored once`,
        },
      ]);
    }
    seen.add(criterionId);
    const value = score ?? null;
    const outside =
      value === null
        ? !criterion.allowsNotApplicable
        : value < criterion.scaleMin || value > criterion.scaleMax;
    if (outside)
      throw new DomainException(ErrorCode.SCORE_OUT_OF_SCALE, { field: `${field}.score` });
    return { criterionId, score: value };
  });
}
