import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class RemoveMemberInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field(() => ID)
  @IsUUID()
  userId: string;
}
