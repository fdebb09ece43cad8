import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { SlotMode } from '../consultation-slot.enums.js';
import { MAX_SLOTS_PER_PUBLISH } from '../slot-series.js';
import { SlotSeriesInput } from './slot-series.input.js';
import { SlotTimeInput } from './slot-time.input.js';
import { SlotWhereInput } from './slot-where.input.js';

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
  @Field(() => ID, {
    nullable: true,
    description:
      "The round to publish into (of this academy); default: the academy's CONSULTATION round.",
  })
  @IsOptional()
  @IsUUID()
  roundId?: string | null;
}
