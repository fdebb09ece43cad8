import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({
  description: 'One person of a cohort team (removeTeamMember, setTeamResponsiblePerson).',
})
export class TeamParticipantInput {
  @Field(() => ID) @IsUUID() participantId: string;
}
