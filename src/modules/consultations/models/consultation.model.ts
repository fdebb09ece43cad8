import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BookingStatus } from '../consultation-booking.enums.js';
import { SlotMode, SlotStatus } from '../consultation-slot.enums.js';

registerEnumType(SlotMode, { name: 'SlotMode' });
registerEnumType(SlotStatus, { name: 'SlotStatus' });
registerEnumType(BookingStatus, { name: 'BookingStatus' });

@ObjectType('ConsultationPerson', { description: 'An expert or the person who booked.' })
export class ConsultationPersonModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field() email: string;
}

@ObjectType('ConsultationSlot')
export class ConsultationSlotModel {
  @Field(() => ID) id: string;
  @Field(() => ID) academyId: string;
  @Field(() => ID) expertId: string;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field(() => SlotMode) mode: SlotMode;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true }) onlineUrl: string | null;
  @Field(() => SlotStatus) status: SlotStatus;
}

@ObjectType('ConsultationBooking')
export class ConsultationBookingModel {
  @Field(() => ID) id: string;
  @Field(() => ID) slotId: string;
  @Field(() => ID) applicationId: string;
  @Field(() => BookingStatus) status: BookingStatus;
  @Field(() => Int) sequence: number;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field(() => String, { nullable: true }) cancelReason: string | null;
}

/** What booking fields resolve from: the entity columns the resolvers need. */
export type ConsultationBookingSource = Pick<ConsultationBookingModel, 'id' | 'slotId'>;
export type ConsultationSlotSource = Pick<ConsultationSlotModel, 'id' | 'expertId'>;
