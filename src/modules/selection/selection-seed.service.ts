import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReviewCriterionEntity } from './entities/review-criterion.entity.js';
import { ReviewScoreEntity } from './entities/review-score.entity.js';
import { ReviewEntity } from './entities/review.entity.js';
import { SelectionDecisionEntity } from './entities/selection-decision.entity.js';
import { SelectionOfferEntity } from './entities/selection-offer.entity.js';
import { SelectionReleaseEntity } from './entities/selection-release.entity.js';
import {
  ReviewStatus,
  type OfferStatus,
  type ReviewRecommendation,
  type SelectionOutcome,
} from './selection.enums.js';

export interface ReviewSeed {
  applicationId: string;
  reviewerId: string;
  /** One score per rubric criterion, in the rubric's order (null = not applicable). */
  scores: Array<number | null>;
  recommendation: ReviewRecommendation;
  comment: string;
  submittedAt: Date;
}

export interface OfferSeed {
  applicationId: string;
  seatNo: number;
  status: OfferStatus;
  fromReserve: boolean;
  respondBy: Date;
  respondedAt: Date;
  respondedById: string;
  declineReason?: string;
}

/** A selection that already happened, as the demo seed tells it. */
export interface SelectionHistorySeed {
  academyId: string;
  assignedById: string;
  reviews: ReviewSeed[];
  decisions: Array<{
    applicationId: string;
    outcome: SelectionOutcome;
    reserveRank: number | null;
    note: string | null;
  }>;
  stagedAt: Date;
  releasedAt: Date;
  offers: OfferSeed[];
}

/**
 * Writes a finished selection for the demo seed's history: submitted reviews against the
 * academy's rubric, the released decisions and the answered offers. No mail and no jobs: it
 * all happened in the past.
 */
@Injectable()
export class SelectionSeedService {
  /** False (nothing written) when the academy has no rubric or already has reviews. */
  async seedHistory(manager: EntityManager, history: SelectionHistorySeed): Promise<boolean> {
    const criteria = await manager
      .getRepository(ReviewCriterionEntity)
      .find({ where: { academyId: history.academyId }, order: { position: 'ASC' } });
    const reviews = manager.getRepository(ReviewEntity);
    if (criteria.length === 0 || (await reviews.existsBy({ academyId: history.academyId })))
      return false;
    for (const review of history.reviews) {
      const saved = await reviews.save(
        reviews.create({
          academyId: history.academyId,
          applicationId: review.applicationId,
          reviewerId: review.reviewerId,
          assignedById: history.assignedById,
          status: ReviewStatus.SUBMITTED,
          recommendation: review.recommendation,
          comment: review.comment,
          submittedAt: review.submittedAt,
        }),
      );
      await manager.getRepository(ReviewScoreEntity).insert(
        criteria.map((criterion, index) => ({
          reviewId: saved.id,
          criterionId: criterion.id,
          academyId: history.academyId,
          score: review.scores[index] ?? null,
        })),
      );
    }
    await manager.getRepository(SelectionDecisionEntity).insert(
      history.decisions.map((decision) => ({
        ...decision,
        academyId: history.academyId,
        stagedById: history.assignedById,
        stagedAt: history.stagedAt,
      })),
    );
    await manager.getRepository(SelectionReleaseEntity).insert({
      academyId: history.academyId,
      releaseAt: history.releasedAt,
      jobId: null,
      requestedById: history.assignedById,
      releasedAt: history.releasedAt,
    });
    const offers = manager.getRepository(SelectionOfferEntity);
    for (const offer of history.offers) {
      await offers.insert({
        academyId: history.academyId,
        applicationId: offer.applicationId,
        seatNo: offer.seatNo,
        status: offer.status,
        fromReserve: offer.fromReserve,
        respondBy: offer.respondBy,
        respondedAt: offer.respondedAt,
        respondedById: offer.respondedById,
        declineReason: offer.declineReason ?? null,
        lapseJobId: null,
      });
    }
    return true;
  }
}
