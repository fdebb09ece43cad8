// `/my-data/delete-account`: the signed-in person erases their own account (deleteMyAccount,
// docs/privacy.md "Erasure"). The page says what goes and what stays before anything happens;
// typing one's own address is the confirmation. ONLY_CONTACT lists the organisations to hand
// over first (each a link to its page, where contacts name another contact); a mistyped
// address is shown at the field. Afterwards the session is gone: the page says so itself.
import { useState } from 'react';
import { Link as RouterDomLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Heading,
  InlineAlert,
  Paragraph,
  RouterLink,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { RequireSignIn } from '../../session/require-sign-in';
import { useSession } from '../../session/session';

const DELETE_MY_ACCOUNT = graphql(`
  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {
    deleteMyAccount(input: $input) {
      userId
      erasedAt
    }
  }
`);

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

interface HandOver {
  id: string;
  name: string;
}

function Consequences() {
  const { t } = useTranslation();
  return (
    <section className="profile-section" aria-labelledby="erasure-consequences">
      <Heading variant="h2" id="erasure-consequences" mb="s">
        {t('erasure.consequences.title')}
      </Heading>
      <ul className="erasure-list">
        <li>{t('erasure.consequences.pseudonym')}</li>
        <li>{t('erasure.consequences.signedOut')}</li>
        <li>{t('erasure.consequences.mail')}</li>
        <li>{t('erasure.consequences.memberships')}</li>
        <li>{t('erasure.consequences.kept')}</li>
        <li>{t('erasure.consequences.final')}</li>
      </ul>
      <Paragraph mt="m">{t('erasure.consequences.contact')}</Paragraph>
    </section>
  );
}

function OnlyContact({ organisations }: { organisations: HandOver[] }) {
  const { t } = useTranslation();
  return (
    <InlineAlert status="error" role="alert" mb="m" labelText={t('erasure.onlyContact.title')}>
      <Paragraph mb="s">{t('erasure.onlyContact.text')}</Paragraph>
      <ul data-testid="hand-over">
        {organisations.map((organisation) => (
          <li key={organisation.id}>
            <RouterLink asComponent={RouterDomLink} to={`/organisations/${organisation.id}`}>
              {organisation.name}
            </RouterLink>
          </li>
        ))}
      </ul>
    </InlineAlert>
  );
}

function DeleteForm({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useTranslation();
  const { person } = useSession();
  const [email, setEmail] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (!person) return null;
  const fieldError =
    error?.code === 'CONFIRMATION_EMAIL_MISMATCH'
      ? error.fieldMessage('input.confirmEmail')
      : undefined;
  const handOver =
    error?.code === 'ONLY_CONTACT' ? (error.extensions.organisations as HandOver[]) : null;

  async function submit() {
    setPending(true);
    setError(null);
    try {
      await request(DELETE_MY_ACCOUNT, { input: { confirmEmail: email } });
      onDeleted();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="profile-section" aria-labelledby="erasure-confirm">
      <Heading variant="h2" id="erasure-confirm" mb="s">
        {t('erasure.confirm.title')}
      </Heading>
      {handOver && <OnlyContact organisations={handOver} />}
      {error && !handOver && !fieldError && <ErrorAlert error={error} />}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextInput
          labelText={t('erasure.confirm.label')}
          hintText={t('erasure.confirm.hint', { email: person.email })}
          name="confirm-email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(value) => setEmail(String(value ?? ''))}
          status={fieldError ? 'error' : 'default'}
          statusText={fieldError}
          fullWidth
          mb="m"
        />
        <Button type="submit" disabled={pending || email.trim() === ''}>
          {t('erasure.confirm.button')}
        </Button>
      </form>
    </section>
  );
}

function Deleted() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('erasure.deleted.title')}</PageHeading>
      <InlineAlert status="neutral" mb="m">
        {t('erasure.deleted.text')}
      </InlineAlert>
      <RouterLink asComponent={RouterDomLink} to="/">
        {t('erasure.deleted.home')}
      </RouterLink>
    </>
  );
}

export function DeleteAccountPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [deleted, setDeleted] = useState(false);
  if (deleted) return <Deleted />;
  return (
    <RequireSignIn>
      <PageHeading>{t('erasure.title')}</PageHeading>
      <Paragraph mb="m">{t('erasure.intro')}</Paragraph>
      <Consequences />
      <DeleteForm
        onDeleted={() => {
          setDeleted(true);
          // The session ended with the account: `me` is now nobody, and the header says so.
          void refresh();
        }}
      />
      <Paragraph mt="l">
        <RouterLink asComponent={RouterDomLink} to="/profile">
          {t('erasure.backToProfile')}
        </RouterLink>
      </Paragraph>
    </RequireSignIn>
  );
}

export { DeleteAccountPage as Component };
