import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserModel } from '../../users/models/user.model.js';
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

@ObjectType('Membership')
export class MembershipModel {
  @Field(() => ID)
  id: string;

  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field(() => OrganisationModel)
  organisation?: OrganisationModel;

  @Field(() => UserModel)
  user?: UserModel;

  @Field()
  createdAt: Date;
}

@ObjectType('Invitation', {
  description: 'An open invitation; accepted when the invitee signs in.',
})
export class InvitationModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field()
  createdAt: Date;
}

@ObjectType('OrganisationPage')
export class OrganisationPageModel {
  @Field(() => [OrganisationModel])
  items: OrganisationModel[];

  @Field(() => Int)
  total: number;
}
