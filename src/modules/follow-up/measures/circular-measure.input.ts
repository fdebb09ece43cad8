import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  LocalizedTextInput,
  LocalizedTitleInput,
} from '../../../common/i18n/localized-text.input.js';
import { MeasureStatus } from '../follow-up-measures.enums.js';

@InputType({ description: "A measure for the academy's catalogue (admins)." })
export class AddCircularMeasureInput {
  @Field(() => ID)
  @IsUUID()
  academyId: string;

  @Field({ description: 'A stable code within the academy: A–Z, 0–9 and _, e.g. MARKET_DIALOGUE.' })
  @Matches(/^[A-Z][A-Z0-9_]{0,59}$/)
  key: string;

  @Field(() => LocalizedTitleInput)
  @ValidateNested()
  @Type(() => LocalizedTitleInput)
  label: LocalizedTitleInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  description?: LocalizedTextInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The measure records the criterion text used in the tender (default false).',
  })
  @IsOptional()
  @IsBoolean()
  takesCriterionText?: boolean | null;
}

@InputType({ description: 'Only the fields given change (admins).' })
export class UpdateCircularMeasureInput {
  @Field(() => ID)
  @IsUUID()
  measureId: string;

  @Field(() => LocalizedTitleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTitleInput)
  label?: LocalizedTitleInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  description?: LocalizedTextInput | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  takesCriterionText?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Place in the list, 0 first.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number | null;
}

@InputType({
  description:
    "How the action uses a measure of its academy's catalogue; setting it again replaces status, note and criterion text.",
})
export class SetTrackedActionMeasureInput {
  @Field(() => ID)
  @IsUUID()
  trackedActionId: string;

  @Field(() => ID, {
    description:
      "A measure of the action's own academy's catalogue (else MEASURE_NOT_IN_CATALOGUE).",
  })
  @IsUUID()
  measureId: string;

  @Field(() => MeasureStatus)
  @IsEnum(MeasureStatus)
  status: MeasureStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The criterion text used in the tender; only for a measure with takesCriterionText (else CRITERION_TEXT_NOT_TAKEN).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  criterionText?: string | null;
}

@InputType()
export class UnsetTrackedActionMeasureInput {
  @Field(() => ID)
  @IsUUID()
  trackedActionId: string;

  @Field(() => ID)
  @IsUUID()
  measureId: string;
}
