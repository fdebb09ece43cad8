import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { ListSize } from '../../../common/graphql/list-size.decorator.js';
import { LocalizedTextModel } from '../../../common/i18n/localized-text.model.js';
import { CircularMeasureModel } from '../measures/measures.model.js';
import { DECIMAL_PATTERN } from '../metrics/metric-progress.js';

export enum OutcomeReportStatus {
  /** Nothing saved yet: the fields are prefilled from the pilot's follow-up data. */
  NOT_STARTED = 'NOT_STARTED',
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}

registerEnumType(OutcomeReportStatus, {
  name: 'OutcomeReportStatus',
  description:
    "NOT_STARTED (nothing saved: the fields show the prefill from the pilot's follow-up data), DRAFT (saved, not submitted), SUBMITTED.",
});

const DECIMAL =
  "An exact decimal as a string (numeric(14,4), trailing zeros dropped: '42', '12.5').";

/** The most free text a report field takes. */
export const OUTCOME_REPORT_TEXT_MAX = 5000;

@ObjectType('OutcomeReportMetric', {
  description: "One of the pilot's metrics with the report's final value against its target.",
})
export class OutcomeReportMetricModel {
  @Field(() => ID)
  metricId: string;

  @Field()
  name: string;

  @Field()
  unit: string;

  @Field({ description: DECIMAL })
  baseline: string;

  @Field({ description: DECIMAL })
  target: string;

  @Field(() => String, {
    nullable: true,
    description: `${DECIMAL} The report's final value; before one is saved, the latest measurement (null without one).`,
  })
  finalValue: string | null;

  @Field({ description: 'The final value meets the target (reached or passed, in its direction).' })
  targetMet: boolean;
}

@ObjectType('OutcomeReport', {
  description:
    "A pilot's outcome report (issue 16), written by its organisation's responsible person once the academy is ALUMNI. Before it is saved, every field is prefilled from the pilot's follow-up data.",
})
export class OutcomeReportModel {
  @Field(() => ID)
  trackedActionId: string;

  @Field(() => ID)
  academyId: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field(() => LocalizedTextModel, { description: "The pilot's title." })
  pilotTitle: LocalizedTextModel;

  @Field(() => OutcomeReportStatus)
  status: OutcomeReportStatus;

  @Field(() => String, {
    nullable: true,
    description:
      "The last day to submit ('YYYY-MM-DD' in the academy's zone, until 23:59:59 local); null = no deadline set.",
  })
  dueOn: string | null;

  @Field(() => Date, { nullable: true, description: 'The last instant to submit (end of dueOn).' })
  dueAt: Date | null;

  @Field({
    description:
      "The caller may save and submit it now: the organisation's responsible person, the academy ALUMNI, before the deadline, not yet submitted.",
  })
  canEdit: boolean;

  @Field({ description: 'What was procured. Prefill: the pilot’s title and description.' })
  procured: string;

  @ListSize(6)
  @Field(() => [CircularMeasureModel], {
    description:
      'The circular measures the pilot used, in catalogue order. Prefill: the pilot’s measures marked APPLIED.',
  })
  measuresUsed: CircularMeasureModel[];

  @Field({
    description:
      'The circular criteria used in the tender. Prefill: the criterion texts of the pilot’s measures.',
  })
  criteriaText: string;

  @ListSize(5)
  @Field(() => [OutcomeReportMetricModel], { description: 'Every metric of the pilot, in order.' })
  finalMetrics: OutcomeReportMetricModel[];

  @Field()
  lessons: string;

  @Field({
    description:
      'The responsible person allows publishing: with the organisation’s “share learnings” consent, the report joins the public results.',
  })
  permissionToPublish: boolean;

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who submitted it (their name or address).' })
  submittedBy: string | null;
}

@ObjectType('PublicOutcomeMetric', { description: 'A final metric value as published.' })
export class PublicOutcomeMetricModel {
  @Field()
  name: string;

  @Field()
  unit: string;

  @Field({ description: DECIMAL })
  baseline: string;

  @Field({ description: DECIMAL })
  target: string;

  @Field(() => String, { nullable: true, description: DECIMAL })
  finalValue: string | null;

  @Field()
  targetMet: boolean;
}

@ObjectType('PublicOutcomeMeasure', { description: 'A catalogue measure a report says was used.' })
export class PublicOutcomeMeasureModel {
  @Field()
  key: string;

  @Field(() => LocalizedTextModel)
  label: LocalizedTextModel;
}

@ObjectType('PublicOutcomeReport', {
  description:
    'The non-personal fields of a submitted outcome report whose organisation consented to sharing and whose responsible person gave permission to publish.',
})
export class PublicOutcomeReportModel {
  @Field()
  procured: string;

  @ListSize(6)
  @Field(() => [PublicOutcomeMeasureModel])
  measuresUsed: PublicOutcomeMeasureModel[];

  @Field()
  criteriaText: string;

  @ListSize(5)
  @Field(() => [PublicOutcomeMetricModel])
  finalMetrics: PublicOutcomeMetricModel[];

  @Field()
  lessons: string;
}

@InputType()
export class OutcomeReportFinalValueInput {
  @Field(() => ID, { description: 'A metric of the pilot (else METRIC_NOT_IN_ACTION).' })
  @IsUUID()
  metricId: string;

  @Field({
    description:
      "An exact decimal: up to 10 digits before the point and 4 after, e.g. '42', '-3.25'.",
  })
  @Matches(DECIMAL_PATTERN)
  value: string;
}

@InputType({
  description:
    'The whole report as the form holds it. Saving keeps it a draft; submitting also needs procured and lessons.',
})
export class SaveOutcomeReportInput {
  @Field(() => ID, { description: "The pilot (the organisation's tracked action)." })
  @IsUUID()
  trackedActionId: string;

  @Field()
  @IsString()
  @MaxLength(OUTCOME_REPORT_TEXT_MAX)
  procured: string;

  @Field(() => [ID], { description: "Measures of the academy's catalogue." })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  measureIds: string[];

  @Field()
  @IsString()
  @MaxLength(OUTCOME_REPORT_TEXT_MAX)
  criteriaText: string;

  @Field(() => [OutcomeReportFinalValueInput], {
    description: 'Final values; a metric left out has none.',
  })
  @ValidateNested({ each: true })
  @Type(() => OutcomeReportFinalValueInput)
  @ArrayMaxSize(50)
  finalValues: OutcomeReportFinalValueInput[];

  @Field()
  @IsString()
  @MaxLength(OUTCOME_REPORT_TEXT_MAX)
  lessons: string;

  @Field()
  @IsBoolean()
  permissionToPublish: boolean;
}

@InputType({ description: "Sets an academy's outcome-report deadline (admins; audited)." })
export class SetOutcomeReportDeadlineInput {
  @Field(() => ID)
  @IsUUID()
  academyId: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The last day 'YYYY-MM-DD' in the academy's zone (until 23:59:59 local); null removes the deadline. A date that does not exist: INVALID_DATE.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  dueOn: string | null;
}
