import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, MaxLength } from 'class-validator';
import { GlobalRole } from '../../../common/auth/global-role.js';

@InputType()
export class RoleChangeInput {
  @Field({ description: 'The person, by e-mail; they must have signed in once.' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @Field(() => GlobalRole)
  @IsEnum(GlobalRole)
  role: GlobalRole;
}
