import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsUUID, ValidateNested } from 'class-validator';
import { CriterionInput } from './criterion.input.js';

@InputType()
export class SetEligibilityCriteriaInput {
  @Field(() => ID) @IsUUID() academyId: string;
  @Field(() => [CriterionInput], {
    description: 'The whole list, in order; replaces the previous one.',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CriterionInput)
  criteria: CriterionInput[];
}
