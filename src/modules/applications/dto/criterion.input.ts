import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsObject, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { GraphQLJSON } from 'graphql-type-json';
import { FreeJson } from '../../../common/errors/free-json.validator.js';
import {
  LocalizedTextInput,
  LocalizedTitleInput,
} from '../../../common/i18n/localized-text.input.js';
import { type CriterionParameters } from '../entities/eligibility-criterion.entity.js';
import { CriterionKind, CriterionSeverity } from '../eligibility-criterion.enums.js';

@InputType()
export class CriterionInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Keep an existing criterion (and the answers given to it) by naming its id.',
  })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => CriterionKind) @IsEnum(CriterionKind) kind: CriterionKind;
  @Field(() => CriterionSeverity) @IsEnum(CriterionSeverity) severity: CriterionSeverity;
  @Field(() => LocalizedTitleInput)
  @ValidateNested()
  @Type(() => LocalizedTitleInput)
  label: LocalizedTitleInput;
  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  help?: LocalizedTextInput;
  @Field(() => GraphQLJSON, { nullable: true })
  @IsOptional()
  @IsObject()
  @FreeJson()
  parameters?: CriterionParameters;
}
