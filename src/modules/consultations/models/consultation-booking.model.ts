import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BookingStatus } from '../consultation-booking.enums.js';

registerEnumType(BookingStatus, { name: 'BookingStatus' });

@ObjectType('ConsultationBooking')
export class ConsultationBookingModel {
  @Field(() => ID) id: string;
  @Field(() => ID) slotId: string;
  @Field(() => ID) applicationId: string;
  @Field(() => ID, { description: 'The round the booking is in.' }) roundId: string;
  @Field(() => Int, {
    description: "Which of the organisation's bookings in the round (1…bookingsPerOrganisation).",
  })
  seat: number;
  @Field(() => BookingStatus) status: BookingStatus;
  @Field(() => Int) sequence: number;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field(() => String, { nullable: true }) cancelReason: string | null;
}

/** What booking fields resolve from: the entity columns the resolvers need. */
export type ConsultationBookingSource = Pick<ConsultationBookingModel, 'id' | 'slotId'>;
