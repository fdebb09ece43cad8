import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ListSize } from '../../../common/graphql/list-size.decorator.js';
import { Outcome } from '../../applications/eligibility.js';
import { ApplicationModel } from '../../applications/models/application.model.js';
import { OrganisationModel } from '../../organisations/models/organisation.model.js';
import { UserModel } from '../../users/models/user.model.js';
import {
  BoardRanking,
  ReviewRecommendation,
  ReviewStatus,
  SelectionOutcome,
} from '../selection.enums.js';
import './selection-enums.model.js';

@ObjectType('SelectionBoardReview', { description: 'One reviewer’s review as the board shows it.' })
export class SelectionBoardReviewModel {
  @Field(() => ID) reviewId: string;
  @Field(() => UserModel) reviewer: UserModel;
  @Field(() => ReviewStatus) status: ReviewStatus;
  @Field(() => Float, {
    nullable: true,
    description: 'Σ weight × score; submitted reviews only (a draft stays the reviewer’s own).',
  })
  weightedTotal: number | null;
  @Field(() => ReviewRecommendation, { nullable: true, description: 'Submitted reviews only.' })
  recommendation: ReviewRecommendation | null;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
}

@ObjectType('SelectionBoardAggregate', {
  description: 'The submitted reviews of one application, added up.',
})
export class SelectionBoardAggregateModel {
  @Field(() => Int, { description: 'Submitted reviews.' }) count: number;
  @Field(() => Int, { description: 'Submitted reviews with a total (the figures’ base).' })
  scored: number;
  @Field(() => Float, { nullable: true }) mean: number | null;
  @Field(() => Float, { nullable: true }) median: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Sample standard deviation (n − 1, as STDEV.S); null under two totals.',
  })
  stdDev: number | null;
  @Field(() => Int, { description: 'Recommendations ACCEPT.' }) accept: number;
  @Field(() => Int, { description: 'Recommendations RESERVE.' }) reserve: number;
  @Field(() => Int, { description: 'Recommendations REJECT.' }) reject: number;
}

@ObjectType('SelectionBoardFlags')
export class SelectionBoardFlagsModel {
  @Field({ description: 'No active consultation booking: the application is incomplete.' })
  noConsultation: boolean;
  @Field({ description: 'A HARD eligibility criterion is not met.' }) ineligible: boolean;
  @Field(() => Outcome) eligibility: Outcome;
  @Field(() => Int, { description: 'Assigned reviews not submitted yet.' })
  missingReviews: number;
}

@ObjectType('SelectionBoardDecision', { description: 'The staged decision (staff only).' })
export class SelectionBoardDecisionModel {
  @Field(() => SelectionOutcome) outcome: SelectionOutcome;
  @Field(() => Int, { nullable: true }) reserveRank: number | null;
}

@ObjectType('SelectionBoardRow')
export class SelectionBoardRowModel {
  @Field(() => Int, {
    nullable: true,
    description: '1 = best; equal aggregates share a rank; null without a submitted total.',
  })
  rank: number | null;
  @Field(() => ApplicationModel) application: ApplicationModel;
  @Field(() => OrganisationModel) organisation: OrganisationModel;
  // Three reviewers per application is the plan; a few more leave room.
  @ListSize(5)
  @Field(() => [SelectionBoardReviewModel])
  reviews: SelectionBoardReviewModel[];
  @Field(() => SelectionBoardAggregateModel) aggregate: SelectionBoardAggregateModel;
  @Field(() => SelectionBoardFlagsModel) flags: SelectionBoardFlagsModel;
  @Field(() => SelectionBoardDecisionModel, { nullable: true })
  decision: SelectionBoardDecisionModel | null;
}

@ObjectType('SelectionBoardBalanceGroup')
export class SelectionBoardBalanceGroupModel {
  @Field(() => String, { nullable: true, description: 'null: not given.' }) key: string | null;
  @Field(() => Int) count: number;
}

@ObjectType('SelectionBoardBalance', {
  description: 'The staged cohort (ACCEPTED decisions) against the capacity, by group.',
})
export class SelectionBoardBalanceModel {
  @Field(() => Int) accepted: number;
  @Field(() => Int) reserve: number;
  @Field(() => Int) rejected: number;
  @Field(() => Int) capacity: number;
  @Field(() => [SelectionBoardBalanceGroupModel], { description: 'By OrganisationType.' })
  byOrganisationType: SelectionBoardBalanceGroupModel[];
  @Field(() => [SelectionBoardBalanceGroupModel], { description: 'By the organisation’s region.' })
  byRegion: SelectionBoardBalanceGroupModel[];
  @Field(() => [SelectionBoardBalanceGroupModel], {
    description: 'By the pilot procurement’s category (a code of the academy’s answerChoices).',
  })
  byPilotCategory: SelectionBoardBalanceGroupModel[];
}

@ObjectType('SelectionBoard', {
  description: 'Every submitted application of an academy, ranked, for the programme manager.',
})
export class SelectionBoardModel {
  @Field(() => ID) academyId: string;
  @Field(() => BoardRanking) rankBy: BoardRanking;
  // An academy has tens of submitted applications (the bench: 500, asked with few fields).
  @ListSize(50)
  @Field(() => [SelectionBoardRowModel])
  rows: SelectionBoardRowModel[];
  @Field(() => SelectionBoardBalanceModel) balance: SelectionBoardBalanceModel;
}
