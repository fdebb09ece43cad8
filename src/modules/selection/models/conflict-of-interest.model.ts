import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ConflictOfInterest', {
  description: 'An organisation whose applications the expert does not review (any academy).',
})
export class ConflictOfInterestModel {
  @Field(() => ID) organisationId: string;
  @Field() organisationName: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field() declaredAt: Date;
}
