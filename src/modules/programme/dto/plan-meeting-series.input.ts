import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  LocalizedTextInput,
  LocalizedTitleInput,
} from '../../../common/i18n/localized-text.input.js';
import { ZONED_INPUT_HELP } from '../../../common/time/zoned-input.js';
import { EventAudience, EventKind, EventMode } from '../../timeline/timeline-event.enums.js';
import { SeriesUnit } from '../meeting-series.js';

registerEnumType(SeriesUnit, { name: 'SeriesUnit' });

export const MAX_SERIES_MEETINGS = 52;

@InputType({
  description: 'Meetings with limited places (e.g. travel): registration with capacity.',
})
export class SeriesRegistrationInput {
  @Field(() => Int, { description: 'Seats per meeting, 1…1000.' })
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity: number;

  @Field(() => Int, {
    defaultValue: 0,
    description:
      "Registration closes this many days (0…90) before each meeting's start, at the same local time; 0: at the start.",
  })
  @IsInt()
  @Min(0)
  @Max(90)
  closesDaysBefore = 0;
}

@InputType({
  description:
    'A series of meetings planned as individual timeline events, each editable and cancellable alone afterwards.',
})
export class PlanMeetingSeriesInput {
  @Field(() => ID)
  @IsUUID()
  academyId: string;

  @Field(() => EventKind, { defaultValue: EventKind.OTHER })
  @IsEnum(EventKind)
  kind: EventKind = EventKind.OTHER;

  @Field(() => LocalizedTitleInput)
  @ValidateNested()
  @Type(() => LocalizedTitleInput)
  title: LocalizedTitleInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  description?: LocalizedTextInput;

  @Field({
    description: `The first meeting's start. ${ZONED_INPUT_HELP} Every meeting keeps its wall-clock time.`,
  })
  @IsString()
  @MaxLength(40)
  startsAt: string;

  @Field({ description: `The first meeting's end. ${ZONED_INPUT_HELP}` })
  @IsString()
  @MaxLength(40)
  endsAt: string;

  @Field(() => Int, { description: 'Repeat every this many units, 1…24.' })
  @IsInt()
  @Min(1)
  @Max(24)
  every: number;

  @Field(() => SeriesUnit)
  @IsEnum(SeriesUnit)
  unit: SeriesUnit;

  @Field(() => Int, { description: `How many meetings, 2…${MAX_SERIES_MEETINGS}.` })
  @IsInt()
  @Min(2)
  @Max(MAX_SERIES_MEETINGS)
  count: number;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Adds the number to each title: `Sidosryhmätapaaminen 2/5`.',
  })
  @IsBoolean()
  numbered = false;

  @Field(() => EventMode)
  @IsEnum(EventMode)
  mode: EventMode;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  place?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string | null;

  @Field(() => EventAudience, { defaultValue: EventAudience.COHORT })
  @IsEnum(EventAudience)
  audience: EventAudience = EventAudience.COHORT;

  @Field(() => ID, { nullable: true, description: 'Required when the audience is ORGANISATION.' })
  @IsOptional()
  @IsUUID()
  audienceOrganisationId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Experts or admins who host every meeting.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  hostIds?: string[];

  @Field(() => SeriesRegistrationInput, {
    nullable: true,
    description: 'Registration with capacity on every meeting; left out: no registration.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SeriesRegistrationInput)
  registration?: SeriesRegistrationInput | null;
}
