import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ZONED_INPUT_HELP } from '../../../common/time/zoned-input.js';
import {
  MAX_BOOKINGS_PER_ORGANISATION,
  RoundAudience,
  RoundPurpose,
} from '../appointment-round.enums.js';

/** What both opening and changing a round may set. */
@InputType({ isAbstract: true })
abstract class RoundSettingsInput {
  @Field(() => String, { nullable: true, description: 'Title in Finnish (optional).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  titleFi?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  titleSv?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  titleEn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Booking opens (null: open from the start). ${ZONED_INPUT_HELP}`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  opensAt?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Booking closes; after opensAt (null: no end). ${ZONED_INPUT_HELP}`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  closesAt?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `How many active bookings one organisation may hold in the round, 1…${MAX_BOOKINGS_PER_ORGANISATION} (default 1).`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_BOOKINGS_PER_ORGANISATION)
  bookingsPerOrganisation?: number | null;
}

@InputType()
export class OpenAppointmentRoundInput extends RoundSettingsInput {
  @Field(() => ID) @IsUUID() academyId: string;

  @Field(() => RoundPurpose) @IsEnum(RoundPurpose) purpose: RoundPurpose;

  @Field(() => RoundAudience, {
    nullable: true,
    description:
      'Who may book; by default the purpose’s: CONSULTATION → APPLICANTS, SPARRING → COHORT, FOLLOW_UP → ALUMNI.',
  })
  @IsOptional()
  @IsEnum(RoundAudience)
  audience?: RoundAudience | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears a title or window end.' })
export class UpdateAppointmentRoundInput extends RoundSettingsInput {
  @Field(() => ID) @IsUUID() roundId: string;

  @Field(() => RoundAudience, { nullable: true })
  @IsOptional()
  @IsEnum(RoundAudience)
  audience?: RoundAudience | null;
}

@InputType()
export class BookAppointmentInput {
  @Field(() => ID) @IsUUID() slotId: string;
  @Field(() => ID, { description: 'The organisation the appointment is for.' })
  @IsUUID()
  organisationId: string;
}
