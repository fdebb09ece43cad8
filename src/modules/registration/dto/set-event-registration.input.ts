import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ZONED_INPUT_HELP } from '../../../common/time/zoned-input.js';

export const MAX_EVENT_CAPACITY = 1000;

@InputType()
export class SetEventRegistrationInput {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field(() => Int, {
    description: `Seats, 1…${MAX_EVENT_CAPACITY}. Raising it promotes waitlisted people at once; it cannot go below the number registered.`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_EVENT_CAPACITY)
  capacity: number;

  @Field({
    description: `Registering is refused from this instant on; at the latest the event's start. ${ZONED_INPUT_HELP}`,
  })
  @IsString()
  @MaxLength(40)
  closesAt: string;
}
