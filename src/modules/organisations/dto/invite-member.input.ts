import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsUUID, MaxLength } from 'class-validator';
import { MembershipRole } from '../membership.enums.js';

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field()
  @IsEmail()
  @MaxLength(320)
  email: string;

  @Field(() => MembershipRole, { defaultValue: MembershipRole.MEMBER })
  @IsEnum(MembershipRole)
  role: MembershipRole = MembershipRole.MEMBER;
}
