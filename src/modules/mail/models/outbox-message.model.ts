import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OutboxStatus } from '../outbox-message.enums.js';

registerEnumType(OutboxStatus, { name: 'OutboxStatus' });

@ObjectType('OutboxMessage', { description: 'An e-mail in the outbox (admins only).' })
export class OutboxMessageModel {
  @Field(() => ID)
  id: string;

  @Field()
  type: string;

  @Field()
  toAddress: string;

  @Field()
  subject: string;

  @Field(() => OutboxStatus)
  status: OutboxStatus;

  @Field(() => Int)
  attempts: number;

  @Field()
  availableAt: Date;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field()
  createdAt: Date;
}
