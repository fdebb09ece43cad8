import { ZONED_INPUT_HELP } from '../../../common/time/zoned-input.js';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class GrantDeadlineExtensionInput {
  @Field(() => ID) @IsUUID() applicationId: string;
  @Field({ description: ZONED_INPUT_HELP })
  @IsString()
  @MaxLength(40)
  until: string;
  @Field() @IsString() @MaxLength(2000) reason: string;
}
