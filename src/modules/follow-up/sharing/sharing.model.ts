import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ListSize } from '../../../common/graphql/list-size.decorator.js';
import { LocalizedTextModel } from '../../../common/i18n/localized-text.model.js';
import { MeasureStatus } from '../follow-up-measures.enums.js';
import { TrackedActionStage } from '../follow-up.enums.js';
import { PublicOutcomeReportModel } from '../outcome-reports/outcome-report.model.js';

// What a pilot shows beyond its team. Every field here is programme content: no person, no
// task or owner, no free text the team may have written about people (notes, descriptions,
// updates, comments, measurement notes). test/follow-up-sharing.e2e-spec.ts walks these
// types by introspection, so a field added here fails it until it is judged and listed.

const DECIMAL = "An exact decimal as a string (trailing zeros dropped: '42', '12.5').";

@ObjectType('SharedMetric', {
  description: 'A metric as shared: no measurement notes, only the latest value and progress.',
})
export class SharedMetricModel {
  @Field()
  name: string;

  @Field()
  unit: string;

  @Field({ description: DECIMAL })
  baseline: string;

  @Field({ description: DECIMAL })
  target: string;

  @Field(() => String, { nullable: true, description: `${DECIMAL} Null without measurements.` })
  latestValue: string | null;

  @Field(() => String, {
    nullable: true,
    description: "'YYYY-MM-DD' of the latest value in the academy's time zone.",
  })
  latestMeasuredOn: string | null;

  @Field(() => Float, {
    nullable: true,
    description: '(latest − baseline) / (target − baseline), clamped to 0…1.',
  })
  progress: number | null;
}

@ObjectType('SharedMeasure', { description: 'A catalogue measure and how the pilot uses it.' })
export class SharedMeasureModel {
  @Field({ description: 'The catalogue key, e.g. MARKET_DIALOGUE.' })
  key: string;

  @Field(() => LocalizedTextModel)
  label: LocalizedTextModel;

  @Field(() => MeasureStatus)
  status: MeasureStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The criterion text used in the tender (public in the tender documents).',
  })
  criterionText: string | null;
}

@ObjectType('AppliedMeasure', { description: 'A catalogue measure the pilot applied.' })
export class AppliedMeasureModel {
  @Field()
  key: string;

  @Field(() => LocalizedTextModel)
  label: LocalizedTextModel;
}

@ObjectType('CohortPilotSummary', {
  description:
    "A consenting organisation's pilot as the other organisations of its cohort see it (the shared summary).",
})
export class CohortPilotSummaryModel {
  @Field(() => ID)
  trackedActionId: string;

  @Field()
  organisationName: string;

  @Field(() => LocalizedTextModel)
  title: LocalizedTextModel;

  @Field(() => String, { nullable: true, description: "A code of the academy's pilot categories." })
  category: string | null;

  @Field(() => TrackedActionStage)
  stage: TrackedActionStage;

  @ListSize(6)
  @Field(() => [SharedMeasureModel], { description: 'In catalogue order.' })
  measures: SharedMeasureModel[];

  @ListSize(5)
  @Field(() => [SharedMetricModel])
  metrics: SharedMetricModel[];

  @Field({ description: 'Also on the public results page.' })
  published: boolean;
}

@ObjectType('PublicPilotResult', {
  description:
    "A pilot on the academy's public results page: its organisation consented, and its team published it or its submitted outcome report gives permission to publish.",
})
export class PublicPilotResultModel {
  @Field()
  organisationName: string;

  @Field(() => LocalizedTextModel)
  title: LocalizedTextModel;

  @Field(() => TrackedActionStage)
  stage: TrackedActionStage;

  @ListSize(6)
  @Field(() => [AppliedMeasureModel], {
    description: 'Measures with status APPLIED, in catalogue order.',
  })
  measuresApplied: AppliedMeasureModel[];

  @ListSize(5)
  @Field(() => [SharedMetricModel])
  metrics: SharedMetricModel[];

  @Field(() => PublicOutcomeReportModel, {
    nullable: true,
    description:
      'The submitted outcome report whose responsible person gave permission to publish (its non-personal fields); null otherwise.',
  })
  outcomeReport: PublicOutcomeReportModel | null;
}

@ObjectType('PilotSharing', { description: 'Who sees a pilot beyond its team.' })
export class PilotSharingModel {
  @Field({
    description:
      'The organisation gave the "share learnings" consent in its application: the other cohort organisations see its shared summary.',
  })
  consent: boolean;

  @Field({ description: 'Published by the team or an admin (shown publicly only with consent).' })
  published: boolean;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;
}
