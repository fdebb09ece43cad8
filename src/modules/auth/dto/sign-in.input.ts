import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { Locale } from '../../../common/i18n/locale.js';
import { UserModel } from '../../users/models/user.model.js';

@InputType()
export class RequestSignInInput {
  @Field()
  @IsEmail()
  @MaxLength(320)
  email: string;

  @Field(() => Locale, { description: 'Language of the sign-in e-mail.' })
  @IsEnum(Locale)
  locale: Locale;
}

@InputType()
export class SignInInput {
  @Field({ description: 'The token from the sign-in e-mail (`token=` in its link).' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token: string;
}

@ObjectType('SignInResult')
export class SignInResultModel {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken: string;

  @Field()
  expiresAt: Date;

  @Field(() => UserModel)
  user: UserModel;
}
