import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  LocalizedTextInput,
  LocalizedTitleInput,
} from '../../../common/i18n/localized-text.input.js';
import { EventAudience, EventKind, EventMode } from '../timeline-event.enums.js';
import { ZONED_INPUT_HELP } from '../../../common/time/zoned-input.js';

const WHEN = ZONED_INPUT_HELP;

@InputType()
export class ScheduleEventInput {
  @Field(() => ID)
  @IsUUID()
  academyId: string;

  @Field(() => EventKind)
  @IsEnum(EventKind)
  kind: EventKind;

  @Field(() => LocalizedTitleInput)
  @ValidateNested()
  @Type(() => LocalizedTitleInput)
  title: LocalizedTitleInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  description?: LocalizedTextInput;

  @Field({ description: WHEN })
  @IsString()
  @MaxLength(40)
  startsAt: string;

  @Field({ description: WHEN })
  @IsString()
  @MaxLength(40)
  endsAt: string;

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

  @Field(() => [ID], { nullable: true, description: 'Experts or admins who host the event.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  hostIds?: string[];
}
