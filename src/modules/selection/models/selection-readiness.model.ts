import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ZonedDateTimeModel } from '../../../common/time/zoned-date-time.model.js';

@ObjectType('SelectionProblem', {
  description: "One reason the selection cannot be released (SELECTION_NOT_READY's problems).",
})
export class SelectionProblemModel {
  @Field({
    description:
      'MISSING_DECISION, OVER_CAPACITY, RESERVE_RANKS, DEADLINE_NOT_PASSED or CONFIRMATION_DEADLINE_PAST.',
  })
  problem: string;
  @Field(() => ID, { nullable: true, description: 'MISSING_DECISION: the undecided application.' })
  applicationId?: string;
  @Field(() => Int, { nullable: true, description: 'OVER_CAPACITY: accepted so far.' })
  accepted?: number;
  @Field(() => Int, { nullable: true, description: "OVER_CAPACITY: the academy's capacity." })
  capacity?: number;
  @Field(() => [Int], {
    nullable: true,
    description: 'RESERVE_RANKS: the ranks as staged, sorted.',
  })
  ranks?: number[];
  @Field(() => ZonedDateTimeModel, {
    nullable: true,
    description:
      'DEADLINE_NOT_PASSED: the last application deadline (extensions included); CONFIRMATION_DEADLINE_PAST: the confirmation deadline.',
  })
  deadline?: ZonedDateTimeModel;
}

@ObjectType('SelectionReadiness', {
  description:
    'Whether the staged decisions can be released: at the scheduled instant while a release waits for it, otherwise now.',
})
export class SelectionReadinessModel {
  @Field() ready: boolean;
  @Field(() => Int) submitted: number;
  @Field(() => Int) accepted: number;
  @Field(() => Int) reserve: number;
  @Field(() => Int) rejected: number;
  @Field(() => Int) capacity: number;
  @Field(() => [SelectionProblemModel]) problems: SelectionProblemModel[];
}
