import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MembershipRole } from '../membership.enums.js';
import { OrganisationType } from '../organisation.enums.js';

registerEnumType(OrganisationType, { name: 'OrganisationType' });
registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: 'CONTACT manages the organisation and its members; MEMBER takes part.',
});

@ObjectType('Organisation', { description: 'A public body that applies to academies.' })
export class OrganisationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'Finnish business ID (Y-tunnus).' })
  businessId: string;

  @Field(() => OrganisationType)
  type: OrganisationType;

  @Field(() => String, { nullable: true })
  region: string | null;

  @Field()
  createdAt: Date;
}
