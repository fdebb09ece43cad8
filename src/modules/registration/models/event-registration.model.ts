import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ZonedDateTimeModel } from '../../../common/time/zoned-date-time.model.js';
import { TimelineEventModel } from '../../timeline/models/timeline-event.model.js';
import { RegistrationStatus } from '../registration.enums.js';

registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description:
    'REGISTERED: holds a seat. WAITLISTED: waits in arrival order and gets the first freed seat automatically. CANCELLED: cancelled by the person.',
});

@ObjectType('MyEventRegistration', { description: "The caller's own registration for an event." })
export class MyEventRegistrationModel {
  @Field(() => ID) id: string;
  @Field(() => RegistrationStatus) status: RegistrationStatus;
  @Field(() => Int, { nullable: true, description: 'The seat, 1…capacity, while REGISTERED.' })
  seatNo: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Place on the waiting list (1 = next to get a seat), while WAITLISTED.',
  })
  waitlistPosition: number | null;
  @Field({ description: 'When the person registered (joined the list).' })
  registeredAt: Date;
  @Field(() => Date, {
    nullable: true,
    description: 'When a waitlisted registration got its seat.',
  })
  promotedAt: Date | null;
}

@ObjectType('EventRegistration', {
  description:
    'Registration for an event with limited seats: capacity, closing time, counts and the caller’s own place.',
})
export class EventRegistrationModel {
  @Field(() => ID) eventId: string;
  @Field(() => TimelineEventModel) event: TimelineEventModel;
  @Field(() => Int) capacity: number;
  @Field(() => ZonedDateTimeModel, {
    description: "Registering is refused from this instant on (in the academy's zone).",
  })
  closesAt: ZonedDateTimeModel;
  @Field({ description: 'Registration is open now: before closesAt and the event not cancelled.' })
  isOpen: boolean;
  @Field(() => Int) registeredCount: number;
  @Field(() => Int) waitlistedCount: number;
  @Field(() => Int, { description: 'capacity − registeredCount: a new registration gets a seat.' })
  seatsLeft: number;
  @Field({ description: "The caller is in the event's audience and so may register." })
  inAudience: boolean;
  @Field(() => MyEventRegistrationModel, {
    nullable: true,
    description: "The caller's live registration (registered or waitlisted), if any.",
  })
  myRegistration: MyEventRegistrationModel | null;
}

@ObjectType('EventRegistrant', { description: 'A person on an event’s list, for staff.' })
export class EventRegistrantModel {
  @Field(() => ID) id: string;
  @Field(() => ID) userId: string;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field() email: string;
  @Field(() => RegistrationStatus) status: RegistrationStatus;
  @Field(() => Int, { nullable: true }) seatNo: number | null;
  @Field(() => Int, { nullable: true }) waitlistPosition: number | null;
  @Field(() => Int, { description: 'Arrival order: 1 registered first.' }) arrival: number;
  @Field() registeredAt: Date;
  @Field(() => Date, { nullable: true }) promotedAt: Date | null;
}
