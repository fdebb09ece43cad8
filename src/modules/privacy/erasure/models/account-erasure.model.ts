import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AccountErasure', {
  description:
    'An erased account: its name is now the pseudonym, its address an undeliverable one; its sessions, feed and pending mail have ended.',
})
export class AccountErasureModel {
  @Field(() => ID)
  userId: string;

  @Field({ description: 'What records that must stay (decisions, reviews, audit) now say.' })
  pseudonym: string;

  @Field()
  erasedAt: Date;
}
