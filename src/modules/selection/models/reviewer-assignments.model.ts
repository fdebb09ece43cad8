import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReviewModel, ReviewerModel } from './review.model.js';

@ObjectType('ReviewerAssignmentResult', {
  description: 'What a bulk assignment did: the new assignments, and what it could not fill.',
})
export class ReviewerAssignmentResultModel {
  @Field(() => [ReviewModel], {
    description: 'The assignments made now (each reviewer mailed once).',
  })
  created: ReviewModel[];
  @Field(() => [ID], {
    description:
      'Submitted applications left with fewer reviewers than asked (too few experts without a conflict).',
  })
  unfilledApplicationIds: string[];
}

@ObjectType('ReviewerLoad', { description: "An expert's reviews in one academy." })
export class ReviewerLoadModel {
  @Field(() => ReviewerModel) reviewer: ReviewerModel;
  @Field(() => Int) assigned: number;
  @Field(() => Int) submitted: number;
}
