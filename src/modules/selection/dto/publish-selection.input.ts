import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ZONED_INPUT_HELP } from '../../../common/time/zoned-input.js';

@InputType()
export class PublishSelectionInput {
  @Field(() => ID) @IsUUID() academyId: string;
  @Field(() => String, {
    nullable: true,
    description: `When to release. Omitted or not in the future: now. ${ZONED_INPUT_HELP}`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  at?: string | null;
}
