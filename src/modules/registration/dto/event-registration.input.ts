import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class EventRegistrationInput {
  @Field(() => ID)
  @IsUUID()
  eventId: string;
}
