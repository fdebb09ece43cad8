import { useState } from 'react';
import { Link as RouterDomLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  InlineAlert,
  Paragraph,
  RouterLink,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { GlobalRole } from '../../gql/graphql';
import { RoleGate, fieldStatus } from './admin-parts';

const ROLE_HOLDERS = graphql(`
  query AdminRoleHolders($role: GlobalRole!, $offset: Int!) {
    users(role: $role, limit: 100, offset: $offset) {
      total
      items {
        id
        email
        name
        roles
      }
    }
  }
`);
const GRANT_ROLE = graphql(`
  mutation AdminGrantRole($input: RoleChangeInput!) {
    grantRole(input: $input) {
      id
      email
      roles
    }
  }
`);
const REVOKE_ROLE = graphql(`
  mutation AdminRevokeRole($input: RoleChangeInput!) {
    revokeRole(input: $input) {
      id
      email
      roles
    }
  }
`);

const ROLES: GlobalRole[] = ['ADMIN', 'EXPERT'];

const toError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

function Holders({ role, onChanged }: { role: GlobalRole; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const result = useQuery(ROLE_HOLDERS, { role, offset });
  const headingId = `holders-${role}`;
  return (
    <section aria-labelledby={headingId} className="admin-section">
      <Heading variant="h2" id={headingId} mb="s">
        {t(`admin.roles.holders.${role}`)}
      </Heading>
      {error && (
        // LAST_ADMIN: the API's own message says what to do (name another admin first).
        <ErrorAlert error={error} />
      )}
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorAlert error={result.error} />}
      {result.status === 'done' && result.data.users.items.length === 0 && (
        <Paragraph>{t('admin.roles.nobody')}</Paragraph>
      )}
      {result.status === 'done' && result.data.users.items.length > 0 && (
        <ul className="role-holders" data-testid={`holders-${role}`}>
          {result.data.users.items.map((user) => (
            <li key={user.id} className="admin-actions">
              <span>
                {user.name ? `${user.name} – ` : ''}
                {user.email}
              </span>
              <Button
                variant="secondary"
                aria-label={t('admin.roles.revokeNamed', {
                  role: t(`admin.roles.role.${role}`),
                  email: user.email,
                })}
                onClick={() => {
                  setError(null);
                  request(REVOKE_ROLE, { input: { email: user.email, role } }).then(
                    () =>
                      onChanged(
                        t('admin.roles.revoked', {
                          role: t(`admin.roles.role.${role}`),
                          email: user.email,
                        }),
                      ),
                    (caught: unknown) => setError(toError(caught)),
                  );
                }}
              >
                {t('admin.roles.revoke')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {result.status === 'done' && (
        <div className="admin-actions">
          {offset > 0 && (
            <Button variant="secondary" onClick={() => setOffset(offset - 100)}>
              {t('admin.applications.previous')}
            </Button>
          )}
          {offset + 100 < result.data.users.total && (
            <Button variant="secondary" onClick={() => setOffset(offset + 100)}>
              {t('admin.applications.next')}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}

function GrantForm({ onGranted }: { onGranted: (message: string) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<GlobalRole>('EXPERT');
  const [error, setError] = useState<ApiError | null>(null);
  return (
    <section aria-labelledby="grant-heading" className="admin-section">
      <Heading variant="h2" id="grant-heading" mb="s">
        {t('admin.roles.grantTitle')}
      </Heading>
      <form
        className="admin-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setError(null);
          request(GRANT_ROLE, { input: { email: email.trim(), role } }).then(
            () => {
              onGranted(
                t('admin.roles.granted', {
                  role: t(`admin.roles.role.${role}`),
                  email: email.trim(),
                }),
              );
              setEmail('');
            },
            (caught: unknown) => setError(toError(caught)),
          );
        }}
      >
        {error && (
          <ErrorAlert error={error} overrides={{ NOT_FOUND: 'admin.roles.errors.NOT_FOUND' }} />
        )}
        <TextInput
          id="grant-email"
          type="email"
          labelText={t('admin.roles.email')}
          hintText={t('admin.roles.emailHint')}
          value={email}
          onChange={(value) => setEmail(String(value ?? ''))}
          {...fieldStatus(error, 'input.email')}
        />
        <Dropdown
          id="grant-role"
          labelText={t('admin.roles.roleLabel')}
          value={role}
          onChange={(value) => setRole(value)}
        >
          {ROLES.map((option) => (
            <DropdownItem key={option} value={option}>
              {t(`admin.roles.role.${option}`)}
            </DropdownItem>
          ))}
        </Dropdown>
        <div>
          <Button type="submit">{t('admin.roles.grant')}</Button>
        </div>
      </form>
    </section>
  );
}

/** `/admin/roles`: who holds ADMIN and EXPERT; grant and revoke by e-mail address. */
export function AdminRolesPage() {
  const { t } = useTranslation();
  const [generation, setGeneration] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const changed = (text: string) => {
    setMessage(text);
    setGeneration((value) => value + 1);
  };
  return (
    <RoleGate title={t('admin.roles.title')}>
      <PageHeading>{t('admin.roles.title')}</PageHeading>
      <Paragraph mb="m">{t('admin.roles.intro')}</Paragraph>
      <Paragraph mb="m">
        <RouterLink asComponent={RouterDomLink} to="/admin/erasure">
          {t('erasure.admin.link')}
        </RouterLink>
      </Paragraph>
      {message && (
        <InlineAlert status="neutral" role="status" mb="m">
          {message}
        </InlineAlert>
      )}
      <GrantForm onGranted={changed} />
      {ROLES.map((role) => (
        // A new key after a change: the lists ask again.
        <Holders key={`${role}-${generation}`} role={role} onChanged={changed} />
      ))}
    </RoleGate>
  );
}

export { AdminRolesPage as Component };
