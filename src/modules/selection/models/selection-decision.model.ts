import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import './selection-enums.model.js';
import { SelectionOutcome } from '../selection.enums.js';

@ObjectType('SelectionDecision', {
  description: 'A staged decision on one submitted application, as staff see it (with the note).',
})
export class SelectionDecisionModel {
  @Field(() => ID) applicationId: string;
  @Field(() => SelectionOutcome) outcome: SelectionOutcome;
  @Field(() => Int, { nullable: true, description: 'RESERVE only: 1 = the first reserve.' })
  reserveRank: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Staff only; never shown to the organisation.',
  })
  note: string | null;
  @Field(() => ID) stagedById: string;
  @Field() stagedAt: Date;
}
