// Who a sign-in link is for, before anyone presses the button. Looking does not use the token
// (`signInLink` is Track C's API addition; the whole contract with it is in this component).
import { Link as RouterDomLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { graphql } from '../../gql';

const SIGN_IN_LINK = graphql(`
  query SignInLink($token: String!) {
    signInLink(token: $token) {
      status
      email
      maskedEmail
    }
  }
`);

/** Renders `children` (the sign-in button) only while the link can still be used. */
export function SignInLinkSummary({
  token,
  children,
}: {
  token: string;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const result = useQuery(SIGN_IN_LINK, { token });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { status, email, maskedEmail } = result.data.signInLink;
  if (status !== 'VALID') {
    return (
      <InlineAlert status="error" role="alert" labelText={t(`signIn.link.${status}`)}>
        <Paragraph mb="s">{t('signIn.link.askNew')}</Paragraph>
        <RouterLink
          asComponent={RouterDomLink}
          to={maskedEmail || !email ? '/sign-in' : `/sign-in?email=${encodeURIComponent(email)}`}
        >
          {t('signIn.link.requestNew')}
        </RouterLink>
      </InlineAlert>
    );
  }
  return (
    <>
      <Paragraph mb="m">
        {t('signIn.link.signingInAs')} <strong data-testid="sign-in-email">{email}</strong>
      </Paragraph>
      {children}
    </>
  );
}
