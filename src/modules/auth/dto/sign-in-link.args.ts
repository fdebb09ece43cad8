import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class SignInLinkArgs {
  @Field({ description: 'The token from the sign-in link (or the code from the e-mail).' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token: string;
}
