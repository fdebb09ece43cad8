import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { TrackedActionStage } from '../follow-up.enums.js';

@InputType({
  description:
    "A dated progress entry by the action's team (admins for the action plan). With `stage`, the action moves to it in the same transaction and the move is recorded in the stage history.",
})
export class WriteProgressUpdateInput {
  @Field(() => ID)
  @IsUUID()
  trackedActionId: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10000)
  body: string;

  @Field(() => TrackedActionStage, {
    nullable: true,
    description: 'Moves the stage (forwards or back); the current stage changes nothing.',
  })
  @IsOptional()
  @IsEnum(TrackedActionStage)
  stage?: TrackedActionStage | null;
}

@InputType({
  description: "A comment on a progress update: experts, admins and the action's team.",
})
export class CommentProgressUpdateInput {
  @Field(() => ID)
  @IsUUID()
  progressUpdateId: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  body: string;
}
