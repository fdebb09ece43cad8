import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ZonedDateTimeModel } from '../../../common/time/zoned-date-time.model.js';

@ObjectType('EditionShiftedTime', {
  description: 'One date-time of a next-edition copy: where it was and where it goes.',
})
export class EditionShiftedTimeModel {
  @Field({
    description:
      'ACADEMY, TIMELINE_EVENT, APPOINTMENT_ROUND, ELIGIBILITY_CRITERION (what the time belongs to).',
  })
  kind: string;

  @Field({ description: "The source item's id (the source academy's for ACADEMY)." })
  id: string;

  @Field({
    description: "The item's title in the caller's language (Finnish where it has no other).",
  })
  label: string;

  @Field({ description: 'The field, e.g. `startsAt`, `applicationDeadline`.' })
  field: string;

  @Field(() => ZonedDateTimeModel)
  from: ZonedDateTimeModel;

  @Field(() => ZonedDateTimeModel, {
    nullable: true,
    description: 'null: the wall-clock time does not exist in the new year (the copy is refused).',
  })
  to: ZonedDateTimeModel | null;

  @Field({
    description: "The new wall-clock time in the academy's zone, e.g. `2025-03-30T03:30:00`.",
  })
  local: string;

  @Field({ description: '29 February moved to 28 February.' })
  leapDayMoved: boolean;
}

@ObjectType('NextEditionPreview', {
  description: 'What `createNextEdition` would do with this shift (nothing is written).',
})
export class NextEditionPreviewModel {
  @Field(() => Int, { nullable: true, description: 'Whole years of the shift (a `year` shift).' })
  years: number | null;

  @Field(() => Int, { nullable: true, description: 'Calendar days of the shift (a date shift).' })
  days: number | null;

  @Field(() => [EditionShiftedTimeModel], {
    description: "Every date-time the copy shifts, in the academy's zone, in time order.",
  })
  times: EditionShiftedTimeModel[];

  @Field(() => Int, { description: 'How many of them do not exist in the new year.' })
  nonexistentCount: number;
}
