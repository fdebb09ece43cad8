import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsUUID } from 'class-validator';

@InputType({
  description:
    "Who attended the event: the whole list (bulk), replacing what was recorded for the audience's current teams.",
})
export class RecordAttendanceInput {
  @Field(() => ID) @IsUUID() eventId: string;

  @Field(() => [ID], { description: 'CohortParticipant ids; an empty list clears the record.' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  attendedParticipantIds: string[];
}
