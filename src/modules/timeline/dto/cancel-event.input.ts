import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class CancelEventInput {
  @Field(() => ID)
  @IsUUID()
  eventId: string;
}
