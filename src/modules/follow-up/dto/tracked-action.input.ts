import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  LocalizedTextInput,
  LocalizedTitleInput,
} from '../../../common/i18n/localized-text.input.js';
import { TrackedActionStage } from '../follow-up.enums.js';

@InputType({ description: "An action of the programme's action plan (admins)." })
export class CreateActionPlanActionInput {
  @Field(() => ID)
  @IsUUID()
  academyId: string;

  @Field(() => LocalizedTitleInput)
  @ValidateNested()
  @Type(() => LocalizedTitleInput)
  title: LocalizedTitleInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  description?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  officialDescription?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true, description: "A code of the academy's pilot categories." })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  category?: string | null;
}

@InputType({
  description:
    'The texts and category of a tracked action; only the fields given change. A pilot: its team. ACTION: admins.',
})
export class UpdateTrackedActionInput {
  @Field(() => ID)
  @IsUUID()
  trackedActionId: string;

  @Field(() => LocalizedTitleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTitleInput)
  title?: LocalizedTitleInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  description?: LocalizedTextInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  officialDescription?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true, description: "A code of the academy's pilot categories." })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  category?: string | null;
}

@InputType()
export class SetTrackedActionStageInput {
  @Field(() => ID)
  @IsUUID()
  trackedActionId: string;

  @Field(() => TrackedActionStage)
  @IsEnum(TrackedActionStage)
  stage: TrackedActionStage;
}

@InputType()
export class SetDeclaredOnScheduleInput {
  @Field(() => ID)
  @IsUUID()
  trackedActionId: string;

  @Field()
  @IsBoolean()
  onSchedule: boolean;
}
