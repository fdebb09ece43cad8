import { useState } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Heading,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  RouterLink,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { MembershipRole, OrganisationPageQuery } from '../../gql/graphql';
import { OrganisationDataExport } from '../privacy/organisation-data-export';
import { RequireSignIn } from '../../session/require-sign-in';
import type { Person } from '../../session/session';

const ORGANISATION = graphql(`
  query OrganisationPage($id: ID!) {
    organisation(id: $id) {
      id
      name
      businessId
      associationRegisterNumber
      type
      region
      members {
        id
        role
        user {
          id
          email
          name
        }
      }
    }
  }
`);

// Open invitations are for contacts and admins only: asked for separately, by them.
const INVITATIONS = graphql(`
  query OrganisationInvitations($id: ID!) {
    organisation(id: $id) {
      id
      invitations {
        id
        email
        role
        createdAt
      }
    }
  }
`);

const INVITE_MEMBER = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      createdAt
    }
  }
`);

const REMOVE_MEMBER = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input)
  }
`);

type Organisation = OrganisationPageQuery['organisation'];

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

/** RATE_LIMITED says when to try again (`retryAfterSeconds`): in minutes here. */
function RateLimited({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  const seconds = Number(error.extensions.retryAfterSeconds ?? 60);
  return (
    <InlineAlert status="error" role="alert" mb="m">
      {t('applicant.organisation.invite.rateLimited', {
        count: Math.max(1, Math.ceil(seconds / 60)),
      })}
    </InlineAlert>
  );
}

function formatDate(instant: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(instant));
}

function Invitations({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation();
  const invitations = useQuery(INVITATIONS, { id: organisationId });
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MembershipRole>('MEMBER');
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const open = invitations.status === 'done' ? invitations.data.organisation.invitations : [];

  async function invite(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setNotice(null);
    const address = email.trim();
    // The API answers an open invitation again without a second mail: say so.
    const earlier = open.find(
      (invitation) => invitation.email.toLowerCase() === address.toLowerCase(),
    );
    try {
      const { inviteMember } = await request(INVITE_MEMBER, {
        input: { organisationId, email: address, role },
      });
      setNotice(
        earlier
          ? t('applicant.organisation.invite.alreadyInvited', {
              email: inviteMember.email,
              date: formatDate(inviteMember.createdAt, i18n.language),
            })
          : t('applicant.organisation.invite.sent', { email: inviteMember.email }),
      );
      setEmail('');
      invitations.reload();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setPending(false);
    }
  }

  const emailError = error?.fieldMessage('input.email');
  return (
    <section aria-labelledby="invite-heading">
      <Heading variant="h2" id="invite-heading" mb="s">
        {t('applicant.organisation.invite.title')}
      </Heading>
      <form onSubmit={(event) => void invite(event)} noValidate className="stack">
        <div>
          {error?.code === 'RATE_LIMITED' && <RateLimited error={error} />}
          {error && error.code !== 'RATE_LIMITED' && !emailError && <ErrorAlert error={error} />}
          {notice && (
            <InlineAlert status="neutral" role="status" mb="m">
              {notice}
            </InlineAlert>
          )}
          <TextInput
            labelText={t('applicant.organisation.invite.email')}
            type="email"
            name="inviteEmail"
            value={email}
            onChange={(value) => setEmail(String(value ?? ''))}
            status={emailError ? 'error' : 'default'}
            statusText={emailError}
            fullWidth
            mb="m"
          />
          <RadioButtonGroup
            labelText={t('applicant.organisation.invite.role')}
            name="inviteRole"
            value={role}
            onChange={(value) => setRole(value as MembershipRole)}
            mb="m"
          >
            <RadioButton value="MEMBER" hintText={t('applicant.roleHint.MEMBER')}>
              {t('applicant.role.MEMBER')}
            </RadioButton>
            <RadioButton value="CONTACT" hintText={t('applicant.roleHint.CONTACT')}>
              {t('applicant.role.CONTACT')}
            </RadioButton>
          </RadioButtonGroup>
          <Button type="submit" disabled={pending || email.trim() === ''}>
            {t('applicant.organisation.invite.button')}
          </Button>
        </div>
      </form>
      <Heading variant="h3" mt="l" mb="s">
        {t('applicant.organisation.invitations')}
      </Heading>
      {invitations.status === 'loading' && <Loading />}
      {invitations.status === 'error' && <ErrorAlert error={invitations.error} />}
      {invitations.status === 'done' &&
        (open.length === 0 ? (
          <Paragraph>{t('applicant.organisation.noInvitations')}</Paragraph>
        ) : (
          <ul className="plain-list" data-testid="invitations">
            {open.map((invitation) => (
              <li key={invitation.id}>
                {invitation.email} · {t(`applicant.role.${invitation.role}`)} ·{' '}
                {t('applicant.organisation.invitedOn', {
                  date: formatDate(invitation.createdAt, i18n.language),
                })}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function Members({
  organisation,
  canManage,
  person,
  onChange,
}: {
  organisation: Organisation;
  canManage: boolean;
  person: Person;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  async function remove(userId: string) {
    setError(null);
    try {
      await request(REMOVE_MEMBER, { input: { organisationId: organisation.id, userId } });
      onChange();
    } catch (caught) {
      setError(asApiError(caught));
    }
  }
  return (
    <section aria-labelledby="members-heading">
      <Heading variant="h2" id="members-heading" mb="s">
        {t('applicant.organisation.members')}
      </Heading>
      {error && <ErrorAlert error={error} />}
      <ul className="member-list">
        {organisation.members.map((membership) => {
          const who = membership.user.name ?? membership.user.email;
          return (
            <li key={membership.id}>
              <span>
                <strong>{who}</strong> · {membership.user.email} ·{' '}
                {t(`applicant.role.${membership.role}`)}
                {membership.user.id === person.id ? ` (${t('applicant.organisation.you')})` : ''}
              </span>
              {canManage && (
                <Button
                  variant="secondary"
                  aria-label={t('applicant.organisation.removeNamed', { name: who })}
                  onClick={() => void remove(membership.user.id)}
                >
                  {t('applicant.organisation.remove')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function OrganisationDetails({ id, person }: { id: string; person: Person }) {
  const { t } = useTranslation();
  const result = useQuery(ORGANISATION, { id });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { organisation } = result.data;
  const mine = organisation.members.find((membership) => membership.user.id === person.id);
  // Contacts manage members; admins may too (the API decides, this only hides buttons).
  const canManage = mine?.role === 'CONTACT' || person.roles.includes('ADMIN');
  return (
    <article>
      <RouterLink asComponent={RouterDomLink} to="/organisations">
        {t('applicant.organisation.backToList')}
      </RouterLink>
      <PageHeading>{organisation.name}</PageHeading>
      <dl className="key-dates">
        {organisation.businessId && (
          <div>
            <dt>{t('applicant.newOrganisation.businessId')}</dt>
            <dd>{organisation.businessId}</dd>
          </div>
        )}
        {organisation.associationRegisterNumber && (
          <div>
            <dt>{t('applicant.newOrganisation.registerNumber')}</dt>
            <dd>{organisation.associationRegisterNumber}</dd>
          </div>
        )}
        <div>
          <dt>{t('applicant.newOrganisation.type')}</dt>
          <dd>{t(`applicant.organisationType.${organisation.type}`)}</dd>
        </div>
        {organisation.region && (
          <div>
            <dt>{t('applicant.newOrganisation.region')}</dt>
            <dd>{organisation.region}</dd>
          </div>
        )}
      </dl>
      <Members
        organisation={organisation}
        canManage={canManage}
        person={person}
        onChange={result.reload}
      />
      {canManage && <Invitations organisationId={organisation.id} />}
      {/* Its contacts only: the API refuses admins too (an export is the organisation's own). */}
      {mine?.role === 'CONTACT' && <OrganisationDataExport organisationId={organisation.id} />}
    </article>
  );
}

/** `/organisations/:id`: details, members, and (contacts) invitations. */
export function OrganisationPage() {
  const { id = '' } = useParams();
  return (
    <RequireSignIn>{(person) => <OrganisationDetails id={id} person={person} />}</RequireSignIn>
  );
}

export { OrganisationPage as Component };
