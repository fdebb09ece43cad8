import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { SlotMode } from '../consultation-slot.enums.js';
import { SlotWhereInput } from './slot-where.input.js';

@InputType({ description: 'Fields left out stay as they are; null clears place or link.' })
export class UpdateConsultationSlotInput extends SlotWhereInput {
  @Field(() => ID) @IsUUID() slotId: string;
  @Field(() => SlotMode, { nullable: true }) @IsOptional() @IsEnum(SlotMode) mode?: SlotMode | null;
}
