import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { SessionTransport } from '../session.enums.js';

@InputType()
export class SignInInput {
  @Field({
    description:
      'The token from the sign-in e-mail: `token=` in its link, or the code printed under it (the same value; spaces and line breaks are ignored).',
  })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token: string;

  @Field(() => SessionTransport, {
    defaultValue: SessionTransport.BEARER,
    description:
      'BEARER: the answer carries `accessToken`. COOKIE: the session is set as an HttpOnly cookie and `accessToken` is null (browsers).',
  })
  @IsEnum(SessionTransport)
  session: SessionTransport = SessionTransport.BEARER;
}
