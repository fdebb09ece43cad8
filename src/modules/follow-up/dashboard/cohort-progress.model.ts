import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedTextModel } from '../../../common/i18n/localized-text.model.js';
import { TrackedActionStage } from '../follow-up.enums.js';
import '../models/tracked-action.model.js';

@ObjectType({ description: "One pilot's row of the experts' cohort dashboard." })
export class CohortPilotProgressModel {
  @Field(() => ID)
  trackedActionId: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field(() => LocalizedTextModel)
  title: LocalizedTextModel;

  @Field(() => TrackedActionStage)
  stage: TrackedActionStage;

  @Field({ description: 'The on-schedule flag the team set.' })
  declaredOnSchedule: boolean;

  @Field({ description: "An open task or milestone is past its date (academy's zone)." })
  derivedBehind: boolean;

  @Field({ description: 'declaredOnSchedule and not derivedBehind.' })
  onSchedule: boolean;

  @Field(() => Int)
  overdueTaskCount: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When the newest progress update was written.',
  })
  lastUpdateAt: Date | null;

  @Field(() => Int, { description: 'Measures of the catalogue marked APPLIED.' })
  measuresApplied: number;

  @Field(() => [String], { description: 'Their keys, in catalogue order.' })
  appliedMeasureKeys: string[];
}
