import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AppointmentSummary', {
  description: 'The expert’s summary of a held appointment, for the organisation’s team.',
})
export class AppointmentSummaryModel {
  @Field(() => ID) bookingId: string;
  @Field({ description: 'Free text (Finnish).' }) summary: string;
  @Field(() => ID, { description: 'Who saved it last (the slot’s expert or an admin).' })
  recordedById: string;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('AgreedActionOwner', { description: 'A person of the organisation’s cohort team.' })
export class AgreedActionOwnerModel {
  @Field(() => ID) participantId: string;
  @Field() name: string;
  @Field({ description: 'True once they have left the team (the action keeps its owner).' })
  hasLeft: boolean;
}

@ObjectType('AgreedAction', {
  description:
    'An action agreed in an appointment: title, owner from the team, due date. Becomes a task of the organisation’s pilot follow-up when that exists.',
})
export class AgreedActionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) bookingId: string;
  @Field() title: string;
  @Field(() => AgreedActionOwnerModel) owner: AgreedActionOwnerModel;
  @Field({ description: 'A calendar date `YYYY-MM-DD` in the academy’s zone.' })
  dueDate: string;
  @Field({ description: 'When the appointment it was agreed in started.' })
  sessionStartsAt: Date;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('AppointmentOutcome', {
  description:
    'One appointment’s summary and agreed actions with what an editor needs: the team to choose owners from.',
})
export class AppointmentOutcomeModel {
  @Field(() => ID) bookingId: string;
  @Field(() => ID) academyId: string;
  @Field(() => ID) organisationId: string;
  @Field() organisationName: string;
  @Field() sessionStartsAt: Date;
  @Field({ description: 'The academy’s IANA time zone, for showing dates.' }) timeZone: string;
  @Field({ description: 'Active and started: a summary and actions may be recorded.' })
  sessionHeld: boolean;
  @Field({ description: 'The caller may record (the slot’s expert or an admin).' })
  canEdit: boolean;
  @Field(() => AppointmentSummaryModel, { nullable: true }) summary: AppointmentSummaryModel | null;
  @Field(() => [AgreedActionModel]) agreedActions: AgreedActionModel[];
  @Field(() => [AgreedActionOwnerModel], {
    description: 'The team’s current people (owners to choose from): editors only, else empty.',
  })
  team: AgreedActionOwnerModel[];
}
