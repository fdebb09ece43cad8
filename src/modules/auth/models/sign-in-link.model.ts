import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Locale } from '../../../common/i18n/locale.js';
import { SignInLinkStatus } from '../session.enums.js';

registerEnumType(SignInLinkStatus, {
  name: 'SignInLinkStatus',
  description: 'What a sign-in token is good for now.',
  valuesMap: {
    VALID: { description: 'Unused and unexpired: `signIn` with it opens a session.' },
    EXPIRED: { description: 'Past its lifetime (SIGN_IN_TOKEN_TTL_MINUTES): ask for a new link.' },
    USED: { description: 'Already exchanged for a session: links work once.' },
    INVALID: { description: 'Not a sign-in token Akatemia issued (mistyped or forged).' },
  },
});

/**
 * What the sign-in page shows before anyone presses the button. Looking does not use the
 * token: mail scanners that open the link (and run its page) change nothing.
 */
@ObjectType('SignInLink')
export class SignInLinkModel {
  @Field(() => SignInLinkStatus)
  status: SignInLinkStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'The address signing in; only while the link is VALID (its holder could sign in as it anyway). Null otherwise: a used or expired link found later in a history or a log gives no address away.',
  })
  email: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The address with most of its local part hidden (`an•••@example.fi`); null when INVALID.',
  })
  maskedEmail: string | null;

  @Field(() => Locale, {
    nullable: true,
    description:
      'The language the link was asked in, for the page before sign-in; null when INVALID.',
  })
  locale: Locale | null;

  @Field(() => Date, { nullable: true, description: 'Null when INVALID.' })
  expiresAt: Date | null;
}
