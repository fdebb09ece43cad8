import { Field, ObjectType } from '@nestjs/graphql';
import { ZonedDateTimeModel } from '../../../common/time/zoned-date-time.model.js';

@ObjectType('AcademyDates', {
  description: "Key dates as instants and as local time in the academy's zone.",
})
export class AcademyDatesModel {
  @Field(() => ZonedDateTimeModel)
  applicationOpensAt: ZonedDateTimeModel;

  @Field(() => ZonedDateTimeModel)
  applicationDeadline: ZonedDateTimeModel;

  @Field(() => ZonedDateTimeModel)
  consultationBookingDeadline: ZonedDateTimeModel;

  @Field(() => ZonedDateTimeModel)
  selectionAnnouncementAt: ZonedDateTimeModel;

  @Field(() => ZonedDateTimeModel, {
    nullable: true,
    description:
      'Accepted organisations confirm or decline by this instant; null: 14 days after the release.',
  })
  confirmationDeadline: ZonedDateTimeModel | null;
}
