import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  LocalizedTextInput,
  LocalizedTitleInput,
} from '../../../common/i18n/localized-text.input.js';

@InputType()
export class ReviewCriterionInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Keep an existing criterion (and the draft scores given to it) by naming its id.',
  })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => LocalizedTitleInput)
  @ValidateNested()
  @Type(() => LocalizedTitleInput)
  label: LocalizedTitleInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  guidance?: LocalizedTextInput;

  @Field(() => Float) @IsNumber() @IsPositive() @Max(100) weight: number;
  @Field(() => Int) @IsInt() @Min(-100) @Max(100) scaleMin: number;
  @Field(() => Int) @IsInt() @Min(-100) @Max(100) scaleMax: number;
  @Field({ defaultValue: false }) @IsBoolean() allowsNotApplicable: boolean;
}
