import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ZonedDateTimeModel } from '../../../common/time/zoned-date-time.model.js';
import { RoundAudience, RoundPurpose } from '../appointment-round.enums.js';

registerEnumType(RoundPurpose, { name: 'RoundPurpose' });
registerEnumType(RoundAudience, { name: 'RoundAudience' });

@ObjectType('AppointmentRound', {
  description:
    'A booking round of an academy: consultations with applicants, sparring with the cohort, follow-ups with alumni.',
})
export class AppointmentRoundModel {
  @Field(() => ID) id: string;
  @Field(() => ID) academyId: string;
  @Field(() => RoundPurpose) purpose: RoundPurpose;
  @Field(() => RoundAudience) audience: RoundAudience;
  @Field(() => String, { nullable: true }) titleFi: string | null;
  @Field(() => String, { nullable: true }) titleSv: string | null;
  @Field(() => String, { nullable: true }) titleEn: string | null;
  @Field(() => ZonedDateTimeModel, { nullable: true }) opensAt: ZonedDateTimeModel | null;
  @Field(() => ZonedDateTimeModel, { nullable: true }) closesAt: ZonedDateTimeModel | null;
  @Field(() => Int) bookingsPerOrganisation: number;
  @Field({ description: 'Booking is open now (inside the window).' }) isOpen: boolean;
  @Field() createdAt: Date;
}
