import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class ConfirmParticipationInput {
  @Field(() => ID) @IsUUID() applicationId: string;
}
