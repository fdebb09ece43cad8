import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { GlobalRole } from '../../../common/auth/global-role.js';
import { PageArgs } from '../../../common/graphql/page.args.js';

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => GlobalRole, { nullable: true, description: 'Only the holders of this role.' })
  @IsOptional()
  @IsEnum(GlobalRole)
  role?: GlobalRole;

  @Field(() => String, {
    nullable: true,
    description: 'Only the person with this e-mail address (any letter case), e.g. to erase them.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  email?: string;
}
