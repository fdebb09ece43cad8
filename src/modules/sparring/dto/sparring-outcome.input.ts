import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../../common/time/calendar-date.validator.js';

export const SUMMARY_MAX_LENGTH = 10_000;
export const ACTION_TITLE_MAX_LENGTH = 300;
const DUE_DATE_HELP =
  'A calendar date `YYYY-MM-DD` in the academy’s zone; a date that does not exist (2025-02-30) is refused.';

@InputType()
export class SaveAppointmentSummaryInput {
  @Field(() => ID)
  @IsUUID()
  bookingId: string;

  @Field({ description: `Free text (Finnish), at most ${SUMMARY_MAX_LENGTH} characters.` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SUMMARY_MAX_LENGTH)
  summary: string;
}

@InputType()
export class AddAgreedActionInput {
  @Field(() => ID)
  @IsUUID()
  bookingId: string;

  @Field({ description: `At most ${ACTION_TITLE_MAX_LENGTH} characters.` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(ACTION_TITLE_MAX_LENGTH)
  title: string;

  @Field(() => ID, {
    description: 'A participant of the booking organisation’s cohort team who has not left.',
  })
  @IsUUID()
  ownerParticipantId: string;

  @Field({ description: DUE_DATE_HELP })
  @IsCalendarDate()
  dueDate: string;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateAgreedActionInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(ACTION_TITLE_MAX_LENGTH)
  title?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerParticipantId?: string | null;

  @Field(() => String, { nullable: true, description: DUE_DATE_HELP })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;
}

@ArgsType()
export class AgreedActionIdArgs {
  @Field(() => ID) @IsUUID() id: string;
}

@ArgsType()
export class BookingOutcomeArgs {
  @Field(() => ID) @IsUUID() bookingId: string;
}

@ArgsType()
export class OrganisationAgreedActionsArgs {
  @Field(() => ID) @IsUUID() academyId: string;
  @Field(() => ID) @IsUUID() organisationId: string;
}
