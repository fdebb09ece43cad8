import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('DeadlineExtension')
export class DeadlineExtensionModel {
  @Field(() => ID) applicationId: string;
  @Field() until: Date;
  @Field() reason: string;
}
