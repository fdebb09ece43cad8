import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID, ValidateNested } from 'class-validator';
import { ReviewCriterionInput } from './review-criterion.input.js';

@InputType()
export class SetReviewRubricInput {
  @Field(() => ID) @IsUUID() academyId: string;
  @Field(() => [ReviewCriterionInput], {
    description: 'The whole rubric, in order; replaces the previous one.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ReviewCriterionInput)
  criteria: ReviewCriterionInput[];
}
