import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedTextModel } from '../../../common/i18n/localized-text.model.js';

@ObjectType('ReviewCriterion', {
  description: "One criterion of an academy's review rubric: what is scored, its weight and scale.",
})
export class ReviewCriterionModel {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Order on the scoring form, from 1.' }) position: number;
  @Field(() => LocalizedTextModel) label: LocalizedTextModel;
  @Field(() => LocalizedTextModel, { description: 'What the reviewer looks for.' })
  guidance: LocalizedTextModel;
  @Field(() => Float, { description: "Multiplies the score in a review's weighted total." })
  weight: number;
  @Field(() => Int) scaleMin: number;
  @Field(() => Int) scaleMax: number;
  @Field({ description: 'The reviewer may answer "not applicable" (score null).' })
  allowsNotApplicable: boolean;
}
