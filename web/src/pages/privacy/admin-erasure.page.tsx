// `/admin/erasure`: an admin erases someone's account on their request (eraseUser, audited with
// the reason; docs/privacy.md "Erasure"). Find the person by e-mail address (users(email:)),
// give the reason, confirm. ONLY_CONTACT lists the organisations that need another contact
// first; LAST_ADMIN and ALREADY_ERASED come as the API's messages.
import { useState } from 'react';
import { Link as RouterDomLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Heading,
  InlineAlert,
  Paragraph,
  RouterLink,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { AdminFindPersonQuery } from '../../gql/graphql';
import { RoleGate, fieldStatus } from '../admin/admin-parts';
import { ConfirmDialog } from '../profile/confirm-dialog';

const FIND_PERSON = graphql(`
  query AdminFindPerson($email: String!) {
    users(email: $email, limit: 1, offset: 0) {
      items {
        id
        email
        name
        erasedAt
      }
    }
  }
`);

const ERASE_USER = graphql(`
  mutation AdminEraseUser($input: EraseUserInput!) {
    eraseUser(input: $input) {
      userId
      pseudonym
    }
  }
`);

type Person = AdminFindPersonQuery['users']['items'][number];

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

function EraseForm({
  person,
  onErased,
}: {
  person: Person;
  onErased: (pseudonym: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const handOver =
    error?.code === 'ONLY_CONTACT'
      ? (error.extensions.organisations as Array<{ id: string; name: string }>)
      : null;

  async function erase() {
    setPending(true);
    setError(null);
    try {
      const { eraseUser } = await request(ERASE_USER, {
        input: { userId: person.id, reason: reason.trim() },
      });
      onErased(eraseUser.pseudonym);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setAsking(false);
      setPending(false);
    }
  }

  return (
    <section className="admin-section" aria-labelledby="erase-person">
      <Heading variant="h2" id="erase-person" mb="s">
        {t('erasure.admin.person')}
      </Heading>
      <Paragraph mb="m" data-testid="erase-person">
        {person.name ? `${person.name} – ` : ''}
        {person.email}
      </Paragraph>
      {person.erasedAt ? (
        <InlineAlert status="neutral">{t('erasure.admin.erased')}</InlineAlert>
      ) : (
        <>
          {error && (
            <ErrorAlert error={error}>
              {handOver && (
                <ul data-testid="hand-over">
                  {handOver.map((organisation) => (
                    <li key={organisation.id}>
                      <RouterLink
                        asComponent={RouterDomLink}
                        to={`/organisations/${organisation.id}`}
                      >
                        {organisation.name}
                      </RouterLink>
                    </li>
                  ))}
                </ul>
              )}
            </ErrorAlert>
          )}
          <form
            className="admin-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              setAsking(true);
            }}
          >
            <Textarea
              id="erase-reason"
              labelText={t('erasure.admin.reason.label')}
              hintText={t('erasure.admin.reason.hint')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              {...fieldStatus(error, 'input.reason')}
            />
            <div>
              <Button type="submit" disabled={reason.trim() === ''}>
                {t('erasure.admin.button')}
              </Button>
            </div>
          </form>
          <ConfirmDialog
            visible={asking}
            title={t('erasure.admin.confirmTitle')}
            text={t('erasure.admin.confirmText')}
            confirmText={t('erasure.admin.confirm')}
            cancelText={t('erasure.admin.cancel')}
            pending={pending}
            onConfirm={() => void erase()}
            onCancel={() => setAsking(false)}
          />
        </>
      )}
    </section>
  );
}

export function AdminErasurePage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [person, setPerson] = useState<Person | null | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function find() {
    setError(null);
    setDone(null);
    try {
      const { users } = await request(FIND_PERSON, { email: email.trim() });
      setPerson(users.items[0] ?? null);
    } catch (caught) {
      setError(asApiError(caught));
    }
  }

  return (
    <RoleGate title={t('erasure.admin.title')}>
      <PageHeading>{t('erasure.admin.title')}</PageHeading>
      <Paragraph mb="m">{t('erasure.admin.intro')}</Paragraph>
      {done && (
        <InlineAlert status="neutral" role="status" mb="m">
          {t('erasure.admin.done', { pseudonym: done })}
        </InlineAlert>
      )}
      {error && <ErrorAlert error={error} />}
      <form
        className="admin-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void find();
        }}
      >
        <TextInput
          id="erase-email"
          type="email"
          labelText={t('erasure.admin.find.label')}
          value={email}
          onChange={(value) => setEmail(String(value ?? ''))}
        />
        <div>
          <Button type="submit" variant="secondary" disabled={email.trim() === ''}>
            {t('erasure.admin.find.button')}
          </Button>
        </div>
      </form>
      {person === null && <Paragraph mt="m">{t('erasure.admin.find.nobody')}</Paragraph>}
      {person && (
        <EraseForm
          key={person.id}
          person={person}
          onErased={(pseudonym) => {
            setDone(pseudonym);
            setPerson(undefined);
            setEmail('');
          }}
        />
      )}
    </RoleGate>
  );
}

export { AdminErasurePage as Component };
