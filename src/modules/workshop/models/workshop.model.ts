import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalizedTextModel } from '../../../common/i18n/localized-text.model.js';
import { ZonedDateTimeModel } from '../../../common/time/zoned-date-time.model.js';
import { TimelineEventModel } from '../../timeline/models/timeline-event.model.js';

@ObjectType('EventMaterial', { description: 'A material of an event: text and/or a link.' })
export class EventMaterialModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  eventId: string;

  @Field(() => LocalizedTextModel)
  title: LocalizedTextModel;

  @Field(() => LocalizedTextModel, { description: 'Empty when the material is only a link.' })
  body: LocalizedTextModel;

  @Field(() => String, { nullable: true })
  url: string | null;
}

@ObjectType('EventOutcome', {
  description: 'A recorded outcome of an event (a vision, problems, a roadmap): text and links.',
})
export class EventOutcomeModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  eventId: string;

  @Field(() => LocalizedTextModel)
  title: LocalizedTextModel;

  @Field(() => LocalizedTextModel, { description: 'Empty when the outcome is only links.' })
  body: LocalizedTextModel;

  @Field(() => [String])
  links: string[];
}

@ObjectType('AssignmentCompletion', {
  description:
    "One organisation's status for one assignment. Experts and admins see every organisation of the event's audience; a participant sees their own organisations.",
})
export class AssignmentCompletionModel {
  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field()
  done: boolean;

  @Field(() => Date, { nullable: true })
  doneAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who marked it done.' })
  doneByName: string | null;

  @Field(() => String, { nullable: true })
  answer: string | null;

  @Field(() => String, { nullable: true })
  link: string | null;
}

@ObjectType('EventAssignment', { description: 'An assignment of an event, due at an instant.' })
export class EventAssignmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  eventId: string;

  @Field(() => LocalizedTextModel)
  title: LocalizedTextModel;

  @Field(() => LocalizedTextModel)
  instructions: LocalizedTextModel;

  @Field()
  dueAt: Date;

  @Field(() => ZonedDateTimeModel, { description: "The due instant in the academy's zone." })
  due: ZonedDateTimeModel;

  @Field(() => [AssignmentCompletionModel])
  completions: AssignmentCompletionModel[];
}

@ObjectType('WorkshopEvent', {
  description:
    "An event's workshop content. Materials and assignments are null for a caller outside the event's audience.",
})
export class WorkshopEventModel {
  @Field(() => TimelineEventModel)
  event: TimelineEventModel;

  @Field(() => String, { description: "The academy's slug (for links)." })
  academySlug: string;

  @Field({ description: "Staff, the event's hosts and the people whose calendar it is in." })
  inAudience: boolean;

  @Field({ description: 'Admins, and experts who host the event: may edit its content.' })
  canEdit: boolean;

  @Field(() => [EventMaterialModel], { nullable: true })
  materials: EventMaterialModel[] | null;

  @Field(() => [EventAssignmentModel], { nullable: true })
  assignments: EventAssignmentModel[] | null;

  @Field(() => [EventOutcomeModel], {
    nullable: true,
    description:
      "Recorded outcomes: the event's audience sees them, and anyone does when the academy is published with `publicOutcomes`; null otherwise.",
  })
  outcomes: EventOutcomeModel[] | null;
}
