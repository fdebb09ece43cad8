import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsUrl,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  LocalizedTextInput,
  LocalizedTitleInput,
} from '../../../common/i18n/localized-text.input.js';

const URL_RULE = { protocols: ['https', 'http'], require_protocol: true };
const MAX_LINKS = 10;

@InputType({ description: 'A recorded outcome: a title, a text and up to 10 links.' })
export class AddEventOutcomeInput {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field(() => LocalizedTitleInput)
  @ValidateNested()
  @Type(() => LocalizedTitleInput)
  title: LocalizedTitleInput;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  body?: LocalizedTextInput | null;

  @Field(() => [String], { nullable: true, description: 'http(s) addresses (at most 10).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LINKS)
  @IsUrl(URL_RULE, { each: true })
  @MaxLength(500, { each: true })
  links?: string[] | null;
}

@InputType({ description: 'Only the fields given change; `links` replaces every link.' })
export class UpdateEventOutcomeInput {
  @Field(() => ID)
  @IsUUID()
  outcomeId: string;

  @Field(() => LocalizedTitleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTitleInput)
  title?: LocalizedTitleInput | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  body?: LocalizedTextInput | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LINKS)
  @IsUrl(URL_RULE, { each: true })
  @MaxLength(500, { each: true })
  links?: string[] | null;
}

@InputType()
export class RemoveEventOutcomeInput {
  @Field(() => ID)
  @IsUUID()
  outcomeId: string;
}
