import { ZONED_INPUT_HELP } from '../../../common/time/zoned-input.js';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { SlotMode } from '../entities/consultation-slot.entity.js';

const WHEN = ZONED_INPUT_HELP;

@InputType()
export class SlotTimeInput {
  @Field({ description: WHEN }) @IsString() @MaxLength(40) startsAt: string;
  @Field({ description: WHEN }) @IsString() @MaxLength(40) endsAt: string;
}

@InputType()
export class PublishConsultationSlotsInput {
  @Field(() => ID) @IsUUID() academyId: string;
  @Field(() => [SlotTimeInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SlotTimeInput)
  slots: SlotTimeInput[];
  @Field(() => SlotMode) @IsEnum(SlotMode) mode: SlotMode;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) place?:
    string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string | null;
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
