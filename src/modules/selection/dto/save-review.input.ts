import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ReviewRecommendation } from '../selection.enums.js';
import { ReviewScoreInput } from './review-score.input.js';

@InputType({ description: 'A draft: the scores given replace the saved ones.' })
export class SaveReviewInput {
  @Field(() => ID) @IsUUID() applicationId: string;
  @Field(() => [ReviewScoreInput])
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ReviewScoreInput)
  scores: ReviewScoreInput[];
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  comment?: string | null;
  @Field(() => ReviewRecommendation, { nullable: true })
  @IsOptional()
  @IsEnum(ReviewRecommendation)
  recommendation?: ReviewRecommendation | null;
}
