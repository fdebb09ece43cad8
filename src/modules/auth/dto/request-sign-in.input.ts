import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, Matches, MaxLength } from 'class-validator';
import { Locale } from '../../../common/i18n/locale.js';

/** The longest page address a sign-in link carries back. */
export const NEXT_MAX_LENGTH = 512;
/**
 * A path of this application: one leading `/`, never `//` (another host) nor a backslash
 * (which browsers read as `/`), no control characters (a tab inside `/\t/evil.example` is
 * dropped by URL parsing, leaving `//evil.example`).
 */
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
export const SAME_APP_PATH = /^(?!.*\/\/)\/[^\u0000-\u001f\u007f\\]*$/;

@InputType()
export class RequestSignInInput {
  @Field()
  @IsEmail()
  @MaxLength(320)
  email: string;

  @Field(() => Locale, { description: 'Language of the sign-in e-mail.' })
  @IsEnum(Locale)
  locale: Locale;

  @Field(() => String, {
    nullable: true,
    description:
      'The page of this application to open after signing in (e.g. `/academies/x/application`), carried in the link as `&next=`. A path starting with one `/`, without `//`, backslashes or control characters, at most 512 characters.',
  })
  @IsOptional()
  @MaxLength(NEXT_MAX_LENGTH)
  @Matches(SAME_APP_PATH, {
    message:
      'next must be a path of this application: one leading /, no //, \\ or control characters',
  })
  next?: string | null;
}
