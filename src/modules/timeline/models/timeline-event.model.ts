import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedTextModel } from '../../../common/i18n/localized-text.model.js';
import { EventAudience, EventKind, EventMode, EventStatus } from '../timeline-event.enums.js';

registerEnumType(EventKind, { name: 'EventKind' });
registerEnumType(EventMode, { name: 'EventMode' });
registerEnumType(EventAudience, {
  name: 'EventAudience',
  description:
    'COHORT events are public on a published academy; ORGANISATION and ALUMNI ones are not.',
});
registerEnumType(EventStatus, { name: 'EventStatus' });

@ObjectType('TimelineEvent', { description: "An event on an academy's timeline." })
export class TimelineEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  academyId: string;

  @Field(() => EventKind)
  kind: EventKind;

  @Field(() => LocalizedTextModel)
  title: LocalizedTextModel;

  @Field(() => LocalizedTextModel)
  description: LocalizedTextModel;

  @Field({ description: 'Start instant (UTC). See `start` for the local time.' })
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => EventMode)
  mode: EventMode;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl: string | null;

  @Field(() => EventAudience)
  audience: EventAudience;

  @Field(() => ID, { nullable: true })
  audienceOrganisationId: string | null;

  @Field(() => EventStatus)
  status: EventStatus;

  @Field(() => Int, { description: 'Raised on every change (iCalendar SEQUENCE).' })
  sequence: number;
}
