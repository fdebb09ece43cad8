import { Context, Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ListSize } from '../../common/graphql/list-size.decorator.js';
import { ApplicationModel } from '../applications/models/application.model.js';
import type { ReviewEntity } from './entities/review.entity.js';
import { ReviewModel, ReviewScoreModel, ReviewerModel } from './models/review.model.js';
import { weightedTotal } from './review-total.js';
import { ReviewsService } from './reviews.service.js';

/**
 * The fields of `Review` that cross to other rows, each through a loader. A Review reaches
 * only its reviewer, admins, and (through `Application.reviews`) the reviewers who have
 * submitted theirs.
 */
@Resolver(() => ReviewModel)
export class ReviewFieldsResolver {
  @ResolveField(() => ApplicationModel)
  async application(
    @Parent() review: ReviewEntity,
    @Context() context: GraphqlContext,
  ): Promise<ApplicationModel> {
    const application = await context.loaders.reviewedApplication.load(review.applicationId);
    // The foreign key makes this impossible; say so rather than answer null.
    if (!application) throw new Error(`application ${review.applicationId} not found`);
    return application;
  }

  @ResolveField(() => ReviewerModel)
  async reviewer(
    @Parent() review: ReviewEntity,
    @Context() context: GraphqlContext,
  ): Promise<ReviewerModel> {
    const person = await context.loaders.people.load(review.reviewerId);
    if (!person) throw new Error(`reviewer ${review.reviewerId} not found`);
    return person;
  }

  @ResolveField(() => [ReviewScoreModel], { description: 'In rubric order.' })
  @ListSize(30)
  async scores(
    @Parent() review: ReviewEntity,
    @Context() context: GraphqlContext,
  ): Promise<ReviewScoreModel[]> {
    const [rubric, scores] = await Promise.all([
      context.loaders.reviewRubric.load(review.academyId),
      context.loaders.reviewScores.load(review.id),
    ]);
    const given = new Map(scores.map((row) => [row.criterionId, row.score]));
    return rubric
      .filter((criterion) => given.has(criterion.id))
      .map((criterion) => ({
        criterionId: criterion.id,
        criterion,
        score: given.get(criterion.id) ?? null,
      }));
  }

  @ResolveField(() => Float, {
    nullable: true,
    description: 'Σ weight × score over the scored criteria (null before any score).',
  })
  async weightedTotal(
    @Parent() review: ReviewEntity,
    @Context() context: GraphqlContext,
  ): Promise<number | null> {
    const [rubric, scores] = await Promise.all([
      context.loaders.reviewRubric.load(review.academyId),
      context.loaders.reviewScores.load(review.id),
    ]);
    return weightedTotal(rubric, scores);
  }
}

/** `Application.reviews`: declared here; applications does not depend on selection. */
@Resolver(() => ApplicationModel)
export class ApplicationReviewsResolver {
  constructor(private readonly reviewsService: ReviewsService) {}

  @ResolveField(() => [ReviewModel], {
    description:
      "Admins: every review. An assigned expert: their own, and the others' only after submitting their own. Anyone else: none.",
  })
  @ListSize(10)
  async reviews(
    @CurrentPrincipal() principal: Principal | null,
    @Parent() application: Pick<ApplicationModel, 'id' | 'organisationId'>,
    @Context() context: GraphqlContext,
  ): Promise<ReviewModel[]> {
    const conflicted = principal
      ? (await context.loaders.conflictsOfUser.load(principal.user.id)).has(
          application.organisationId,
        )
      : false;
    return this.reviewsService.visibleTo(
      principal,
      await context.loaders.applicationReviews.load(application.id),
      conflicted,
    );
  }
}
