import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import type {
  LocalizedTextInput,
  LocalizedTitleInput,
} from '../../../common/i18n/localized-text.input.js';
import { WorkshopLinksField, WorkshopTextField, WorkshopTitleField } from './workshop-fields.js';

@InputType({ description: 'A recorded outcome: a title, a text and up to 10 links.' })
export class AddEventOutcomeInput {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @WorkshopTitleField()
  title: LocalizedTitleInput;

  @WorkshopTextField()
  body?: LocalizedTextInput | null;

  @WorkshopLinksField({ description: 'http(s) addresses (at most 10).' })
  links?: string[] | null;
}

@InputType({ description: 'Only the fields given change; `links` replaces every link.' })
export class UpdateEventOutcomeInput {
  @Field(() => ID)
  @IsUUID()
  outcomeId: string;

  @WorkshopTitleField({ optional: true })
  title?: LocalizedTitleInput | null;

  @WorkshopTextField()
  body?: LocalizedTextInput | null;

  @WorkshopLinksField()
  links?: string[] | null;
}

@InputType()
export class RemoveEventOutcomeInput {
  @Field(() => ID)
  @IsUUID()
  outcomeId: string;
}
