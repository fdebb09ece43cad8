import { Field, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationModel } from '../../organisations/models/organisation.model.js';
import { CohortParticipantModel } from './cohort.model.js';

@ObjectType('CohortTeam', {
  description: "One cohort organisation's named team as the organisation's members see it.",
})
export class CohortTeamModel {
  @Field(() => OrganisationModel) organisation: OrganisationModel;
  @Field(() => [CohortParticipantModel], { description: 'The people on the team (leavers not).' })
  participants: CohortParticipantModel[];
  @Field(() => Int, { description: "The academy's teamSizeLimit." }) limit: number;
  @Field({
    description:
      "True for the organisation's contacts: they add, remove and change the responsible person.",
  })
  canManage: boolean;
}
