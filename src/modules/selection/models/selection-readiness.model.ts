import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SelectionProblem', {
  description: "One reason the selection cannot be released (SELECTION_NOT_READY's problems).",
})
export class SelectionProblemModel {
  @Field({ description: 'MISSING_DECISION, OVER_CAPACITY or RESERVE_RANKS.' }) problem: string;
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
}

@ObjectType('SelectionReadiness', { description: 'Whether the staged decisions can be released.' })
export class SelectionReadinessModel {
  @Field() ready: boolean;
  @Field(() => Int) submitted: number;
  @Field(() => Int) accepted: number;
  @Field(() => Int) reserve: number;
  @Field(() => Int) rejected: number;
  @Field(() => Int) capacity: number;
  @Field(() => [SelectionProblemModel]) problems: SelectionProblemModel[];
}
