import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ListSize } from '../../../common/graphql/list-size.decorator.js';
import { TrackedActionStageChangeModel } from '../models/tracked-action.model.js';

@ObjectType('UpdateComment', { description: 'A comment on a progress update.' })
export class UpdateCommentModel {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field(() => ID, { nullable: true, description: 'Null once the account is gone.' })
  authorId: string | null;

  @Field(() => String, { nullable: true })
  authorName: string | null;

  @Field(() => Date)
  writtenAt: Date;
}

@ObjectType('ProgressUpdate', {
  description: "A dated entry of an action's history, with the stage move it announced, if any.",
})
export class ProgressUpdateModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  trackedActionId: string;

  @Field()
  body: string;

  @Field(() => ID, { nullable: true, description: 'Null once the account is gone.' })
  authorId: string | null;

  @Field(() => String, { nullable: true })
  authorName: string | null;

  @Field(() => Date, { description: "The server's clock when it was written." })
  writtenAt: Date;

  @Field(() => TrackedActionStageChangeModel, {
    nullable: true,
    description: 'The stage move written with this update (also in the stage history).',
  })
  stageChange: TrackedActionStageChangeModel | null;

  @ListSize(5)
  @Field(() => [UpdateCommentModel], { description: 'Oldest first.' })
  comments: UpdateCommentModel[];
}
