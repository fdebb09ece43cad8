import { ZONED_INPUT_HELP } from '../../../common/time/zoned-input.js';
import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  Matches,
  Max,
  Min,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { SlotMode } from '../consultation-slot.enums.js';
import { MAX_SLOTS_PER_PUBLISH, Weekday, WORKDAYS } from '../slot-series.js';

registerEnumType(Weekday, { name: 'Weekday' });

const WHEN = ZONED_INPUT_HELP;

@InputType()
export class SlotTimeInput {
  @Field({ description: WHEN }) @IsString() @MaxLength(40) startsAt: string;
  @Field({ description: WHEN }) @IsString() @MaxLength(40) endsAt: string;
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({
  description:
    'Slots on chosen weekdays between two dates, back to back inside a daily window, with a buffer between them.',
})
export class SlotSeriesInput {
  @Field({ description: 'First day, `2027-05-03` (academy zone).' })
  @Matches(DATE)
  from: string;
  @Field({ description: 'Last day, `2027-05-28` (academy zone).' }) @Matches(DATE) to: string;
  @Field({ description: 'Daily window start, `09:00` local time.' })
  @Matches(CLOCK)
  dailyStart: string;
  @Field({ description: 'Daily window end, `16:00`: the last slot ends by then.' })
  @Matches(CLOCK)
  dailyEnd: string;
  @Field(() => Int, { description: 'Length of each slot in minutes.' })
  @IsInt()
  @Min(10)
  @Max(480)
  slotMinutes: number;
  @Field(() => Int, { defaultValue: 0, description: 'Minutes between slots.' })
  @IsInt()
  @Min(0)
  @Max(480)
  bufferMinutes: number = 0;
  @Field(() => [Weekday], { defaultValue: WORKDAYS, description: 'Default Monday–Friday.' })
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(Weekday, { each: true })
  weekdays: Weekday[] = WORKDAYS;
}

/** Where a slot happens: a place, an online link, or both. */
@InputType({ isAbstract: true })
abstract class SlotWhereInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) place?:
    string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string | null;
}

@InputType({ description: 'Give `slots` (single times) or `series`, not both.' })
export class PublishConsultationSlotsInput extends SlotWhereInput {
  @Field(() => ID) @IsUUID() academyId: string;
  @Field(() => [SlotTimeInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SLOTS_PER_PUBLISH)
  @ValidateNested({ each: true })
  @Type(() => SlotTimeInput)
  slots?: SlotTimeInput[] | null;
  @Field(() => SlotSeriesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SlotSeriesInput)
  series?: SlotSeriesInput | null;
  @Field(() => SlotMode) @IsEnum(SlotMode) mode: SlotMode;
}

@InputType({ description: 'Fields left out stay as they are; null clears place or link.' })
export class UpdateConsultationSlotInput extends SlotWhereInput {
  @Field(() => ID) @IsUUID() slotId: string;
  @Field(() => SlotMode, { nullable: true }) @IsOptional() @IsEnum(SlotMode) mode?: SlotMode | null;
}

@InputType()
export class SlotIdInput {
  @Field(() => ID) @IsUUID() slotId: string;
}

@InputType()
export class BookConsultationInput {
  @Field(() => ID) @IsUUID() slotId: string;
  @Field(() => ID) @IsUUID() applicationId: string;
}

@InputType()
export class RescheduleConsultationInput {
  @Field(() => ID) @IsUUID() bookingId: string;
  @Field(() => ID) @IsUUID() slotId: string;
}

@InputType()
export class CancelConsultationInput {
  @Field(() => ID) @IsUUID() bookingId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) reason?:
    string | null;
}

@InputType()
export class RecordConsultationNotesInput {
  @Field(() => ID) @IsUUID() bookingId: string;
  @Field() @IsString() @MaxLength(20000) notes: string;
}
