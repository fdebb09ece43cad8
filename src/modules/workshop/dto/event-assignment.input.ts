import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type {
  LocalizedTextInput,
  LocalizedTitleInput,
} from '../../../common/i18n/localized-text.input.js';
import { ZONED_INPUT_HELP } from '../../../common/time/zoned-input.js';
import {
  WorkshopInstantField,
  WorkshopLinkField,
  WorkshopTextField,
  WorkshopTitleField,
} from './workshop-fields.js';

@InputType()
export class AddEventAssignmentInput {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @WorkshopTitleField()
  title: LocalizedTitleInput;

  @WorkshopTextField()
  instructions?: LocalizedTextInput | null;

  @WorkshopInstantField({ description: `Due instant. ${ZONED_INPUT_HELP}` })
  dueAt: string;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateEventAssignmentInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @WorkshopTitleField({ optional: true })
  title?: LocalizedTitleInput | null;

  @WorkshopTextField()
  instructions?: LocalizedTextInput | null;

  @WorkshopInstantField({ optional: true, description: ZONED_INPUT_HELP })
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

  @WorkshopLinkField({ description: 'http(s) address.' })
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
