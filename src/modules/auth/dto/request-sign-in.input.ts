import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, MaxLength } from 'class-validator';
import { Locale } from '../../../common/i18n/locale.js';

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
