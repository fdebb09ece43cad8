import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';

@ObjectType('AuditEntry')
export class AuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Null when the system acted (bootstrap, CLI, jobs).',
  })
  actorId: string | null;

  @Field()
  action: string;

  @Field()
  entityType: string;

  @Field(() => ID, { nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true })
  after: Record<string, unknown> | null;

  @Field()
  createdAt: Date;
}
