import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CalendarFeed', { description: 'Your personal, secret calendar subscription.' })
export class CalendarFeedModel {
  @Field({ description: 'https URL of the .ics feed; keep it secret.' })
  url: string;

  @Field({
    description: 'The same as webcal://, which opens the subscription dialog in calendar apps.',
  })
  webcalUrl: string;
}
