import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { ZONED_INPUT_HELP } from '../../../common/time/zoned-input.js';

@InputType()
export class SlotTimeInput {
  @Field({ description: ZONED_INPUT_HELP }) @IsString() @MaxLength(40) startsAt: string;
  @Field({ description: ZONED_INPUT_HELP }) @IsString() @MaxLength(40) endsAt: string;
}
