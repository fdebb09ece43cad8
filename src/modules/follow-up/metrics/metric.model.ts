import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ListSize } from '../../../common/graphql/list-size.decorator.js';

const DECIMAL =
  "An exact decimal as a string (numeric(14,4), trailing zeros dropped: '42', '12.5'), so no float rounding reaches the client.";

@ObjectType('MetricMeasurement', { description: 'One dated actual value of a metric.' })
export class MetricMeasurementModel {
  @Field(() => ID)
  id: string;

  @Field({ description: "'YYYY-MM-DD' in the academy's time zone." })
  measuredOn: string;

  @Field({ description: DECIMAL })
  value: string;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('TrackedActionMetric', {
  description: 'A metric of an action: baseline, target and dated actual values.',
})
export class TrackedActionMetricModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  unit: string;

  @Field({ description: DECIMAL })
  baseline: string;

  @Field({ description: DECIMAL })
  target: string;

  @ListSize(12)
  @Field(() => [MetricMeasurementModel], { description: 'Oldest first.' })
  measurements: MetricMeasurementModel[];

  @Field(() => MetricMeasurementModel, {
    nullable: true,
    description: 'The measurement with the latest date.',
  })
  latest: MetricMeasurementModel | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '(latest − baseline) / (target − baseline), clamped to 0…1 (a falling target works too). Null without measurements or when target = baseline.',
  })
  progress: number | null;
}
