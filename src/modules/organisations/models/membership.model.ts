import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../../users/models/user.model.js';
import { MembershipRole } from '../membership.enums.js';
import { OrganisationModel } from './organisation.model.js';

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
