import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Notification, Paragraph, TextInput } from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { currentLanguage } from '../../i18n';
import { safeReturnPath } from '../../session/return-path';
import { SignInLinkSummary } from './sign-in-link-summary';
import { useSignIn } from './use-sign-in';

const REQUEST_SIGN_IN = graphql(`
  mutation RequestSignIn($input: RequestSignInInput!) {
    requestSignIn(input: $input)
  }
`);

/** Texts for codes whose API message is about tokens in general, not this page. */
const SIGN_IN_ERRORS = {
  UNAUTHENTICATED: 'signIn.link.INVALID',
  SESSION_NOT_KEPT: 'signIn.sessionNotKept',
};

/** `/sign-in?token=…`: the link from the mail. Only the button's POST uses the token. */
function SignInWithLink({ token }: { token: string }) {
  const { t } = useTranslation();
  const { signIn, pending, error } = useSignIn();
  return (
    <>
      <PageHeading>{t('signIn.title')}</PageHeading>
      {error && <ErrorAlert error={error} overrides={SIGN_IN_ERRORS} />}
      <SignInLinkSummary token={token}>
        <Button disabled={pending} onClick={() => void signIn(token)}>
          {t('signIn.button')}
        </Button>
      </SignInLinkSummary>
    </>
  );
}

/** Ask for a link by e-mail. */
function RequestLinkForm({ initialEmail, next }: { initialEmail: string; next: string | null }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(initialEmail);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      // The mail's link carries `next` (/sign-in?token=…&next=…): it brings the person back
      // wherever the link is opened, another tab or browser too.
      await request(REQUEST_SIGN_IN, {
        input: { email: email.trim(), locale: currentLanguage(), next: safeReturnPath(next) },
      });
      setSentTo(email.trim());
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught)));
    } finally {
      setPending(false);
    }
  }

  const emailError = error?.fieldMessage('input.email');
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {error && !emailError && <ErrorAlert error={error} />}
      {sentTo && (
        <Notification showCloseButton={false} headingText={t('signIn.request.sentTitle')} mb="m">
          {t('signIn.request.sentText', { email: sentTo })}
        </Notification>
      )}
      <TextInput
        labelText={t('signIn.request.emailLabel')}
        hintText={t('signIn.request.emailHint')}
        type="email"
        name="email"
        autoComplete="email"
        value={email}
        onChange={(value) => setEmail(String(value ?? ''))}
        status={emailError ? 'error' : 'default'}
        statusText={emailError}
        fullWidth
        mb="m"
      />
      <Button type="submit" disabled={pending}>
        {t('signIn.request.button')}
      </Button>
    </form>
  );
}

/** Type the code printed in the mail (for a mail read on another device). */
function CodeForm() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const { signIn, pending, error } = useSignIn();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void signIn(code);
      }}
      noValidate
    >
      <Heading variant="h2" mb="s">
        {t('signIn.code.title')}
      </Heading>
      {error && <ErrorAlert error={error} overrides={SIGN_IN_ERRORS} />}
      <TextInput
        labelText={t('signIn.code.label')}
        name="code"
        autoComplete="one-time-code"
        spellCheck={false}
        value={code}
        onChange={(value) => setCode(String(value ?? ''))}
        fullWidth
        mb="m"
      />
      <Button type="submit" variant="secondary" disabled={pending || code.trim() === ''}>
        {t('signIn.code.button')}
      </Button>
    </form>
  );
}

/** `/sign-in`, `/sign-in?email=…` (prefilled) and `/sign-in?token=…` (the mail's link). */
export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  if (token) return <SignInWithLink token={token} />;
  return (
    <>
      <PageHeading>{t('signIn.request.title')}</PageHeading>
      <Paragraph mb="m">{t('signIn.request.intro')}</Paragraph>
      <div className="stack">
        <RequestLinkForm initialEmail={params.get('email') ?? ''} next={params.get('next')} />
        <CodeForm />
      </div>
    </>
  );
}

export { SignInPage as Component };
