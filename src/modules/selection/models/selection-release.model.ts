import { Field, ObjectType } from '@nestjs/graphql';
import { ZonedDateTimeModel } from '../../../common/time/zoned-date-time.model.js';

@ObjectType('SelectionRelease', { description: "An academy's release of its selection." })
export class SelectionReleaseModel {
  @Field(() => ZonedDateTimeModel, {
    description: 'The instant asked for (now, or the scheduled moment), in the academy zone.',
  })
  releaseAt: ZonedDateTimeModel;
  @Field(() => Date, { nullable: true, description: 'When it happened; null until then.' })
  releasedAt: Date | null;
  @Field({ description: 'A release job is waiting for releaseAt.' })
  scheduled: boolean;
  @Field({
    description:
      'releaseAt has passed and nothing was released: the scheduled release found the selection not ready (see Academy.selectionReadiness); fix it and publish again.',
  })
  overdue: boolean;
}
