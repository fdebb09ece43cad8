import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../common/auth/global-role.js';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles } from '../../common/auth/policy.decorator.js';
import type { GraphqlContext } from '../../common/graphql/graphql-context.js';
import { ListSize } from '../../common/graphql/list-size.decorator.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { AcademyModel } from '../academies/models/academy.model.js';
import { SetReviewRubricInput } from './dto/set-review-rubric.input.js';
import { ReviewCriterionModel } from './models/review-criterion.model.js';
import { ReviewRubricService } from './review-rubric.service.js';

/** `Academy.reviewRubric` (as public as the academy: applicants may see how they are scored). */
@Resolver(() => AcademyModel)
export class ReviewRubricResolver {
  constructor(private readonly rubric: ReviewRubricService) {}

  @ResolveField(() => [ReviewCriterionModel], {
    description: 'The review rubric: the criteria reviewers score, in order.',
  })
  @ListSize(30)
  reviewRubric(
    @Parent() academy: AcademyRecord,
    @Context() context: GraphqlContext,
  ): Promise<ReviewCriterionModel[]> {
    return context.loaders.reviewRubric.load(academy.id);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => [ReviewCriterionModel], {
    description:
      "Replaces the academy's review rubric (audited). Refused with RUBRIC_LOCKED once a review is submitted.",
  })
  setReviewRubric(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetReviewRubricInput,
  ): Promise<ReviewCriterionModel[]> {
    return this.rubric.setReviewRubric(principal, input);
  }
}
