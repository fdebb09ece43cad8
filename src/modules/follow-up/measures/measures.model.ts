import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedTextModel } from '../../../common/i18n/localized-text.model.js';
import { MeasureStatus } from '../follow-up-measures.enums.js';

registerEnumType(MeasureStatus, {
  name: 'MeasureStatus',
  description:
    'PLANNED (Suunniteltu / Planerad), APPLIED (Käytetty / Tillämpad), NOT_USED (Ei käytetty / Inte använd).',
});

@ObjectType('CircularMeasure', {
  description:
    "A circular-economy measure of an academy's catalogue (market analysis, market dialogue, life-cycle consideration, procurement criteria, contract terms, metrics and monitoring).",
})
export class CircularMeasureModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  academyId: string;

  @Field({ description: 'A stable code within the academy, e.g. PROCUREMENT_CRITERIA.' })
  key: string;

  @Field(() => LocalizedTextModel)
  label: LocalizedTextModel;

  @Field(() => LocalizedTextModel, { description: 'May be empty.' })
  description: LocalizedTextModel;

  @Field({ description: 'Records the criterion text used in the tender (procurement criteria).' })
  takesCriterionText: boolean;

  @Field(() => Int)
  position: number;
}

@ObjectType('TrackedActionMeasure', { description: 'A catalogue measure as one action uses it.' })
export class TrackedActionMeasureModel {
  @Field(() => CircularMeasureModel)
  measure: CircularMeasureModel;

  @Field(() => MeasureStatus)
  status: MeasureStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The criterion text used in the tender (procurement criteria only).',
  })
  criterionText: string | null;

  @Field(() => Date)
  updatedAt: Date;
}
