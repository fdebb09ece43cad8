import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GlobalRole } from '../../common/auth/global-role.js';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Roles } from '../../common/auth/policy.decorator.js';
import { ListSize } from '../../common/graphql/list-size.decorator.js';
import { ParseUUIDPipe } from '@nestjs/common';
import { AssignReviewerInput } from './dto/assign-reviewer.input.js';
import { AssignReviewersInput } from './dto/assign-reviewers.input.js';
import { DeclareConflictOfInterestInput } from './dto/declare-conflict-of-interest.input.js';
import { ConflictOfInterestModel } from './models/conflict-of-interest.model.js';
import { ReviewModel } from './models/review.model.js';
import {
  ReviewerAssignmentResultModel,
  ReviewerLoadModel,
} from './models/reviewer-assignments.model.js';
import { ReviewAssignmentsService } from './review-assignments.service.js';

/** The programme manager assigns reviewers; experts declare their conflicts of interest. */
@Resolver()
export class ReviewAssignmentsResolver {
  constructor(private readonly assignments: ReviewAssignmentsService) {}

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => ReviewModel, {
    description:
      'Assigns one expert to one submitted application (mailed). CONFLICT_OF_INTEREST when they declared one.',
  })
  assignReviewer(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AssignReviewerInput,
  ): Promise<ReviewModel> {
    return this.assignments.assign(principal, input);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => Boolean, { description: 'Removes an assignment not yet submitted.' })
  unassignReviewer(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AssignReviewerInput,
  ): Promise<boolean> {
    return this.assignments.unassign(principal, input);
  }

  @Roles(GlobalRole.ADMIN)
  @Mutation(() => ReviewerAssignmentResultModel, {
    description:
      'Brings every submitted application up to `perApplication` reviewers from `expertIds`, balancing the load and skipping conflicts; each reviewer gets one mail listing their new assignments.',
  })
  assignReviewers(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AssignReviewersInput,
  ): Promise<ReviewerAssignmentResultModel> {
    return this.assignments.assignInBulk(principal, input);
  }

  @Roles(GlobalRole.ADMIN)
  @Query(() => [ReviewerLoadModel], {
    description: "Each assigned expert's reviews in one academy: assigned and submitted.",
  })
  @ListSize(100)
  reviewerLoads(
    @Args('academyId', { type: () => ID }, new ParseUUIDPipe()) academyId: string,
  ): Promise<ReviewerLoadModel[]> {
    return this.assignments.loads(academyId);
  }

  @Roles(GlobalRole.EXPERT)
  @Mutation(() => ConflictOfInterestModel, {
    description:
      'You declare a conflict of interest with an organisation: never assigned its applications, and your open assignments of it are removed.',
  })
  declareConflictOfInterest(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: DeclareConflictOfInterestInput,
  ): Promise<ConflictOfInterestModel> {
    return this.assignments.declareConflict(principal, input);
  }

  @Roles(GlobalRole.EXPERT)
  @Query(() => [ConflictOfInterestModel], { description: 'Your declared conflicts of interest.' })
  @ListSize(50)
  myConflictsOfInterest(
    @CurrentPrincipal() principal: Principal,
  ): Promise<ConflictOfInterestModel[]> {
    return this.assignments.myConflicts(principal);
  }
}
