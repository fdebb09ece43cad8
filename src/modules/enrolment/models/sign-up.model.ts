import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganisationModel } from '../../organisations/models/organisation.model.js';

@ObjectType('SignUp', {
  description: 'An organisation signed up to an OPEN academy: a cohort member from that moment.',
})
export class SignUpModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  academyId: string;

  @Field(() => OrganisationModel)
  organisation: OrganisationModel;

  @Field({ description: 'When it signed up (and joined the cohort).' })
  signedUpAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the terms were accepted; null when the academy had none.',
  })
  termsAcceptedAt: Date | null;
}
