import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import type {
  LocalizedTextInput,
  LocalizedTitleInput,
} from '../../../common/i18n/localized-text.input.js';
import { WorkshopLinkField, WorkshopTextField, WorkshopTitleField } from './workshop-fields.js';

@InputType({ description: 'A material: a title and a text, a link, or both.' })
export class AddEventMaterialInput {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @WorkshopTitleField()
  title: LocalizedTitleInput;

  @WorkshopTextField()
  body?: LocalizedTextInput | null;

  @WorkshopLinkField({ description: 'http(s) address.' })
  url?: string | null;
}

@InputType({ description: 'Only the fields given change; `url: null` removes the link.' })
export class UpdateEventMaterialInput {
  @Field(() => ID)
  @IsUUID()
  materialId: string;

  @WorkshopTitleField({ optional: true })
  title?: LocalizedTitleInput | null;

  @WorkshopTextField()
  body?: LocalizedTextInput | null;

  @WorkshopLinkField()
  url?: string | null;
}

@InputType()
export class RemoveEventMaterialInput {
  @Field(() => ID)
  @IsUUID()
  materialId: string;
}
