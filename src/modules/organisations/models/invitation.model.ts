import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MembershipRole } from '../membership.enums.js';

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
