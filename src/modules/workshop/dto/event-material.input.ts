import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsUrl, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import {
  LocalizedTextInput,
  LocalizedTitleInput,
} from '../../../common/i18n/localized-text.input.js';

const URL_RULE = { protocols: ['https', 'http'], require_protocol: true };

@InputType({ description: 'A material: a title and a text, a link, or both.' })
export class AddEventMaterialInput {
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

  @Field(() => String, { nullable: true, description: 'http(s) address.' })
  @IsOptional()
  @IsUrl(URL_RULE)
  @MaxLength(500)
  url?: string | null;
}

@InputType({ description: 'Only the fields given change; `url: null` removes the link.' })
export class UpdateEventMaterialInput {
  @Field(() => ID)
  @IsUUID()
  materialId: string;

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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(URL_RULE)
  @MaxLength(500)
  url?: string | null;
}

@InputType()
export class RemoveEventMaterialInput {
  @Field(() => ID)
  @IsUUID()
  materialId: string;
}
