import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MembershipRole } from '../membership.enums.js';
import { OrganisationType } from '../organisation.enums.js';

registerEnumType(OrganisationType, {
  name: 'OrganisationType',
  description:
    'Public buyers (MUNICIPALITY … OTHER_CONTRACTING_ENTITY) and, for open programmes, COMPANY, EDUCATIONAL_INSTITUTION, ASSOCIATION, RESEARCH_ORGANISATION and INDIVIDUAL (a person, e.g. a local decision-maker).',
});
registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: 'CONTACT manages the organisation and its members; MEMBER takes part.',
});

@ObjectType('Organisation', {
  description:
    'A public body that applies to academies, or any organisation or person taking part in an open programme.',
})
export class OrganisationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Finnish business ID (Y-tunnus); null only for INDIVIDUAL and ASSOCIATION.',
  })
  businessId: string | null;

  @Field(() => String, {
    nullable: true,
    description: "An association's number in the Finnish association register, if given.",
  })
  associationRegisterNumber: string | null;

  @Field(() => OrganisationType)
  type: OrganisationType;

  @Field(() => String, { nullable: true })
  region: string | null;

  @Field()
  createdAt: Date;
}
