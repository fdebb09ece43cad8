import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { DECIMAL_PATTERN } from './metric-progress.js';

const DECIMAL_HELP =
  "An exact decimal as a string: up to 10 digits before the point and 4 after, e.g. '42', '-3.25'.";
const DATE_HELP =
  "A calendar date 'YYYY-MM-DD' in the academy's time zone; one that does not exist (2026-11-31) is refused with INVALID_DATE.";

@InputType()
export class AddMetricInput {
  @Field(() => ID)
  @IsUUID()
  trackedActionId: string;

  @Field({ description: "e.g. 'Share of recycled aggregate'." })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field({ description: "e.g. '%', 't CO₂e'." })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  unit: string;

  @Field({ description: DECIMAL_HELP })
  @Matches(DECIMAL_PATTERN)
  baseline: string;

  @Field({ description: DECIMAL_HELP })
  @Matches(DECIMAL_PATTERN)
  target: string;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateMetricInput {
  @Field(() => ID)
  @IsUUID()
  trackedActionId: string;

  @Field(() => ID, { description: 'A metric of that action (else METRIC_NOT_IN_ACTION).' })
  @IsUUID()
  metricId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  unit?: string | null;

  @Field(() => String, { nullable: true, description: DECIMAL_HELP })
  @IsOptional()
  @Matches(DECIMAL_PATTERN)
  baseline?: string | null;

  @Field(() => String, { nullable: true, description: DECIMAL_HELP })
  @IsOptional()
  @Matches(DECIMAL_PATTERN)
  target?: string | null;
}

@InputType({ description: 'Removes the metric with its measurements.' })
export class RemoveMetricInput {
  @Field(() => ID)
  @IsUUID()
  trackedActionId: string;

  @Field(() => ID)
  @IsUUID()
  metricId: string;
}

@InputType({
  description: "One dated actual value; recording the same date again replaces that day's value.",
})
export class RecordMeasurementInput {
  @Field(() => ID)
  @IsUUID()
  trackedActionId: string;

  @Field(() => ID, { description: 'A metric of that action (else METRIC_NOT_IN_ACTION).' })
  @IsUUID()
  metricId: string;

  @Field({ description: DATE_HELP })
  @IsString()
  @MaxLength(20)
  measuredOn: string;

  @Field({ description: DECIMAL_HELP })
  @Matches(DECIMAL_PATTERN)
  value: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
