import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../common/auth/global-role.js';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles } from '../../common/auth/policy.decorator.js';
import { ListSize } from '../../common/graphql/list-size.decorator.js';
import { MyReviewAssignmentsArgs } from './dto/my-review-assignments.args.js';
import { ReviewApplicationInput } from './dto/review-application.input.js';
import { SaveReviewInput } from './dto/save-review.input.js';
import { ReviewModel } from './models/review.model.js';
import { ReviewsService } from './reviews.service.js';

/** A reviewer's own reviews: the list, drafts and the submission. */
@Resolver(() => ReviewModel)
export class ReviewsResolver {
  constructor(private readonly reviews: ReviewsService) {}

  @Roles(GlobalRole.EXPERT)
  @Query(() => [ReviewModel], {
    description: 'The applications assigned to you for review, with your reviews of them.',
  })
  @ListSize(50)
  myReviewAssignments(
    @CurrentPrincipal() principal: Principal,
    @Args() args: MyReviewAssignmentsArgs,
  ): Promise<ReviewModel[]> {
    return this.reviews.mine(principal, args.academyId);
  }

  @Roles(GlobalRole.EXPERT)
  @Mutation(() => ReviewModel, {
    description: 'Saves your draft review: the scores given replace the saved ones.',
  })
  saveReview(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SaveReviewInput,
  ): Promise<ReviewModel> {
    return this.reviews.save(principal, input);
  }

  @Roles(GlobalRole.EXPERT)
  @Mutation(() => ReviewModel, {
    description:
      'Submits and locks your review: every criterion scored (or N/A where allowed) and a recommendation.',
  })
  submitReview(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ReviewApplicationInput,
  ): Promise<ReviewModel> {
    return this.reviews.submit(principal, input.applicationId);
  }
}
