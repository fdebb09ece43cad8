import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import './selection-enums.model.js';
import { ReviewCriterionModel } from './review-criterion.model.js';
import { ReviewRecommendation, ReviewStatus } from '../selection.enums.js';

@ObjectType('Review', {
  description:
    "One reviewer's review of one application. An expert sees other reviewers' reviews only after submitting their own.",
})
export class ReviewModel {
  @Field(() => ID) id: string;
  @Field(() => ID) academyId: string;
  @Field(() => ID) applicationId: string;
  @Field(() => ID) reviewerId: string;
  @Field(() => ReviewStatus) status: ReviewStatus;
  @Field(() => ReviewRecommendation, { nullable: true })
  recommendation: ReviewRecommendation | null;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
}

@ObjectType('ReviewScore', { description: "One criterion's score; null = not applicable." })
export class ReviewScoreModel {
  @Field(() => ID) criterionId: string;
  @Field(() => ReviewCriterionModel) criterion: ReviewCriterionModel;
  @Field(() => Int, { nullable: true }) score: number | null;
}

@ObjectType('Reviewer', { description: 'The expert who reviews.' })
export class ReviewerModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field() email: string;
}
