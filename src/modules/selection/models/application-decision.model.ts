import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SelectionOutcome } from '../selection.enums.js';

@ObjectType('ApplicationDecision', {
  description:
    "The selection's decision on an application: staff see it while staged (releasedAt null), the organisation only once released.",
})
export class ApplicationDecisionModel {
  @Field(() => SelectionOutcome) outcome: SelectionOutcome;
  @Field(() => Int, { nullable: true, description: 'RESERVE only: 1 = the first reserve.' })
  reserveRank: number | null;
  @Field(() => Date, { nullable: true, description: 'When it was released; null while staged.' })
  releasedAt: Date | null;
}
