import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganisationModel } from '../../organisations/models/organisation.model.js';
import { CohortParticipantRole } from '../cohort.enums.js';

registerEnumType(CohortParticipantRole, {
  name: 'CohortParticipantRole',
  description: "RESPONSIBLE: the application's responsible person; EXPERT: one of its experts.",
});

@ObjectType('CohortParticipant', { description: "A named person of a cohort organisation's team." })
export class CohortParticipantModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() email: string;
  @Field(() => CohortParticipantRole) role: CohortParticipantRole;
  @Field(() => String, { nullable: true, description: 'e.g. PROCUREMENT, ENVIRONMENT.' })
  teamRole: string | null;
  @Field({ description: 'True when the address belongs to an Akatemia account.' })
  hasAccount: boolean;
}

@ObjectType('CohortOrganisation')
export class CohortOrganisationModel {
  @Field(() => OrganisationModel) organisation: OrganisationModel;
  @Field({ description: 'When it confirmed its place.' }) joinedAt: Date;
  @Field(() => [CohortParticipantModel]) participants: CohortParticipantModel[];
}

@ObjectType('Cohort', {
  description: 'The organisations that confirmed their place, and their teams.',
})
export class CohortModel {
  @Field(() => ID) academyId: string;
  @Field(() => [CohortOrganisationModel]) organisations: CohortOrganisationModel[];
}
