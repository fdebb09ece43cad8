import { Field, Int, ObjectType } from '@nestjs/graphql';
import { OutboxMessageModel } from './outbox-message.model.js';

@ObjectType('OutboxMessagePage')
export class OutboxMessagePageModel {
  @Field(() => [OutboxMessageModel])
  items: OutboxMessageModel[];

  @Field(() => Int)
  total: number;
}
