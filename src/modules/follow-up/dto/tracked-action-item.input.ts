import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LocalizedTitleInput } from '../../../common/i18n/localized-text.input.js';
import { MilestoneKind } from '../follow-up.enums.js';

const DATE_HELP =
  "A calendar date 'YYYY-MM-DD' in the academy's time zone; one that does not exist (2026-11-31) is refused with INVALID_DATE.";

@InputType()
export class AddMilestoneInput {
  @Field(() => ID)
  @IsUUID()
  trackedActionId: string;

  @Field(() => MilestoneKind)
  @IsEnum(MilestoneKind)
  kind: MilestoneKind;

  @Field(() => LocalizedTitleInput, {
    nullable: true,
    description: "Required for CUSTOM; otherwise the kind's name in fi/sv/en.",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTitleInput)
  title?: LocalizedTitleInput | null;

  @Field({ description: DATE_HELP })
  @IsString()
  @MaxLength(20)
  plannedDate: string;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateMilestoneInput {
  @Field(() => ID)
  @IsUUID()
  milestoneId: string;

  @Field(() => LocalizedTitleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTitleInput)
  title?: LocalizedTitleInput | null;

  @Field(() => String, { nullable: true, description: DATE_HELP })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  plannedDate?: string | null;
}

@InputType()
export class MilestoneIdInput {
  @Field(() => ID)
  @IsUUID()
  milestoneId: string;
}

@InputType()
export class AddTaskInput {
  @Field(() => ID)
  @IsUUID()
  trackedActionId: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "A pilot's task: a participant of the organisation's cohort team who has not left (else OWNER_NOT_IN_TEAM).",
  })
  @IsOptional()
  @IsUUID()
  ownerParticipantId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An action-plan task: a staff member (ADMIN or EXPERT), else OWNER_NOT_IN_TEAM.',
  })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string | null;

  @Field({ description: DATE_HELP })
  @IsString()
  @MaxLength(20)
  dueDate: string;
}

@InputType({
  description: 'Only the fields given change; clearOwner removes the owner.',
})
export class UpdateTaskInput {
  @Field(() => ID)
  @IsUUID()
  taskId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerParticipantId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  clearOwner?: boolean | null;

  @Field(() => String, { nullable: true, description: DATE_HELP })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  dueDate?: string | null;
}

@InputType()
export class TaskIdInput {
  @Field(() => ID)
  @IsUUID()
  taskId: string;
}
