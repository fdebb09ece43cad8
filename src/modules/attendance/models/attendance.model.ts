import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CohortParticipantModel } from '../../cohort/models/cohort.model.js';
import { OrganisationModel } from '../../organisations/models/organisation.model.js';
import { TimelineEventModel } from '../../timeline/models/timeline-event.model.js';

@ObjectType('AttendanceRow', { description: 'One person of a team on the attendance sheet.' })
export class AttendanceRowModel {
  @Field(() => CohortParticipantModel) participant: CohortParticipantModel;
  @Field(() => OrganisationModel) organisation: OrganisationModel;
  @Field() attended: boolean;
}

@ObjectType('EventAttendance', {
  description: "An event's attendance sheet: every person on the teams of its audience.",
})
export class EventAttendanceModel {
  @Field(() => TimelineEventModel) event: TimelineEventModel;
  @Field(() => [AttendanceRowModel]) rows: AttendanceRowModel[];
  @Field(() => Int) attendedCount: number;
}

@ObjectType('ParticipantAttendance')
export class ParticipantAttendanceModel {
  @Field(() => CohortParticipantModel) participant: CohortParticipantModel;
  @Field(() => Int, { description: 'Events with attendance recorded that they attended.' })
  attended: number;
}

@ObjectType('EventAttendanceCount')
export class EventAttendanceCountModel {
  @Field(() => TimelineEventModel) event: TimelineEventModel;
  @Field(() => Int, { description: "How many of the organisation's people attended." })
  attended: number;
}

@ObjectType('AttendanceSummary', {
  description:
    "One organisation's attendance in an academy: the events whose attendance was recorded and who was there.",
})
export class AttendanceSummaryModel {
  @Field(() => ID) academyId: string;
  @Field(() => OrganisationModel) organisation: OrganisationModel;
  @Field(() => Int, {
    description: "Events for the organisation's audience with attendance recorded.",
  })
  eventsRecorded: number;
  @Field(() => Int, { description: 'Of those, events at least one of its people attended.' })
  eventsAttended: number;
  @Field(() => [EventAttendanceCountModel]) events: EventAttendanceCountModel[];
  @Field(() => [ParticipantAttendanceModel]) participants: ParticipantAttendanceModel[];
}
