import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Outcome } from '../eligibility.js';

registerEnumType(Outcome, { name: 'EligibilityOutcome' });

@ObjectType('CriterionResult')
export class CriterionResultModel {
  @Field(() => ID) criterionId: string;
  @Field(() => Outcome) outcome: Outcome;
  @Field({ description: "Why, in the reader's language." }) explanation: string;
}
