import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUrl, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import {
  LocalizedTextInput,
  LocalizedTitleInput,
} from '../../../common/i18n/localized-text.input.js';
import { ZONED_INPUT_HELP } from '../../../common/time/zoned-input.js';

@InputType()
export class AddEventAssignmentInput {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field(() => LocalizedTitleInput)
  @ValidateNested()
  @Type(() => LocalizedTitleInput)
  title: LocalizedTitleInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  instructions?: LocalizedTextInput | null;

  @Field({ description: `Due instant. ${ZONED_INPUT_HELP}` })
  @IsString()
  @MaxLength(40)
  dueAt: string;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateEventAssignmentInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field(() => LocalizedTitleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTitleInput)
  title?: LocalizedTitleInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  instructions?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true, description: ZONED_INPUT_HELP })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  dueAt?: string | null;
}

@InputType()
export class RemoveEventAssignmentInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;
}

@InputType({ description: "Marks the assignment done for one of the caller's organisations." })
export class MarkAssignmentDoneInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  answer?: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) address.' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  link?: string | null;
}

@InputType()
export class UnmarkAssignmentDoneInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field(() => ID)
  @IsUUID()
  organisationId: string;
}
