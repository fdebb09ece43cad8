import { useState } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router';
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
import { useQuery } from '../../api/use-query';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { TeamPageQuery } from '../../gql/graphql';
import { useKeptQuery } from '../admin/use-admin-academy';
import { RequireSignIn } from '../../session/require-sign-in';

const TEAM_ACADEMY = graphql(`
  query TeamPageAcademy($slug: String!) {
    academy(slug: $slug) {
      id
      title {
        text
      }
    }
  }
`);

const TEAMS = graphql(`
  query TeamPage($academyId: ID!) {
    myCohortTeams(academyId: $academyId) {
      limit
      canManage
      organisation {
        id
        name
      }
      participants {
        id
        name
        email
        role
        teamRole
        hasAccount
      }
    }
  }
`);

const ADD = graphql(`
  mutation AddTeamMember($input: AddTeamMemberInput!) {
    addTeamMember(input: $input) {
      id
      email
    }
  }
`);

const REMOVE = graphql(`
  mutation RemoveTeamMember($input: TeamParticipantInput!) {
    removeTeamMember(input: $input) {
      id
    }
  }
`);

const MAKE_RESPONSIBLE = graphql(`
  mutation SetTeamResponsiblePerson($input: TeamParticipantInput!) {
    setTeamResponsiblePerson(input: $input) {
      id
    }
  }
`);

type Team = TeamPageQuery['myCohortTeams'][number];

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

function TeamCard({
  academyId,
  team,
  reload,
}: {
  academyId: string;
  team: Team;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [teamRole, setTeamRole] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const full = team.participants.length >= team.limit;

  async function run(work: () => Promise<string>) {
    setPending(true);
    setError(null);
    setNotice(null);
    try {
      setNotice(await work());
      reload();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setPending(false);
    }
  }

  const add = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const { addTeamMember } = await request(ADD, {
        input: {
          academyId,
          organisationId: team.organisation.id,
          name: name.trim(),
          email: email.trim(),
          teamRole: teamRole.trim() || null,
        },
      });
      setName('');
      setEmail('');
      setTeamRole('');
      return t('cohortTeam.added', { email: addTeamMember.email });
    });
  };

  const emailError = error?.fieldMessage('input.email');
  const headingId = `team-${team.organisation.id}`;
  return (
    <section className="card" aria-labelledby={headingId} data-testid="team">
      <Heading variant="h2" id={headingId} mb="s">
        {team.organisation.name}
      </Heading>
      <Paragraph mb="s">
        {t('cohortTeam.size', { count: team.participants.length, limit: team.limit })}
      </Paragraph>
      {error && !emailError && <ErrorAlert error={error} />}
      {notice && (
        <InlineAlert status="neutral" role="status" mb="m">
          {notice}
        </InlineAlert>
      )}
      <ul className="plain-list" data-testid="team-members">
        {team.participants.map((person) => (
          <li key={person.id}>
            {person.name} ({person.email}) · {t(`cohort.role.${person.role}`)}
            {person.teamRole
              ? ` · ${t(`cohort.teamRole.${person.teamRole}`, { defaultValue: person.teamRole })}`
              : ''}
            {!person.hasAccount && ` · ${t('cohortTeam.noAccount')}`}
            {team.canManage && person.role !== 'RESPONSIBLE' && (
              <>
                {' '}
                <Button
                  variant="secondary"
                  disabled={pending}
                  aria-label={t('cohortTeam.makeResponsibleFor', { name: person.name })}
                  onClick={() =>
                    void run(async () => {
                      await request(MAKE_RESPONSIBLE, { input: { participantId: person.id } });
                      return t('cohortTeam.madeResponsible', { name: person.name });
                    })
                  }
                >
                  {t('cohortTeam.makeResponsible')}
                </Button>{' '}
                <Button
                  variant="secondaryNoBorder"
                  disabled={pending}
                  aria-label={t('cohortTeam.removeFor', { name: person.name })}
                  onClick={() =>
                    void run(async () => {
                      await request(REMOVE, { input: { participantId: person.id } });
                      return t('cohortTeam.removed', { name: person.name });
                    })
                  }
                >
                  {t('cohortTeam.remove')}
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
      <Paragraph mt="s" mb="m">
        {t('cohortTeam.leaverNote')}
      </Paragraph>
      {team.canManage ? (
        <form onSubmit={add} noValidate className="stack">
          <Heading variant="h3" mb="s">
            {t('cohortTeam.addTitle')}
          </Heading>
          {full && <Paragraph mb="s">{t('cohortTeam.full', { limit: team.limit })}</Paragraph>}
          <TextInput
            labelText={t('cohortTeam.name')}
            name="name"
            value={name}
            onChange={(value) => setName(String(value ?? ''))}
            fullWidth
            mb="m"
          />
          <TextInput
            labelText={t('cohortTeam.email')}
            type="email"
            name="email"
            value={email}
            onChange={(value) => setEmail(String(value ?? ''))}
            status={emailError ? 'error' : 'default'}
            statusText={emailError}
            fullWidth
            mb="m"
          />
          <TextInput
            labelText={t('cohortTeam.teamRole')}
            optionalText={t('cohortTeam.optional')}
            name="teamRole"
            value={teamRole}
            onChange={(value) => setTeamRole(String(value ?? ''))}
            fullWidth
            mb="m"
          />
          <Button type="submit" disabled={pending || name.trim() === '' || email.trim() === ''}>
            {t('cohortTeam.add')}
          </Button>
        </form>
      ) : (
        <Paragraph>{t('cohortTeam.contactsOnly')}</Paragraph>
      )}
    </section>
  );
}

function Teams({ academyId }: { academyId: string }) {
  const { t } = useTranslation();
  // Kept while it asks again after a change, so the notes of the change stay shown.
  const result = useKeptQuery(TEAMS, { academyId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const teams = result.data.myCohortTeams;
  if (teams.length === 0) return <Paragraph>{t('cohortTeam.none')}</Paragraph>;
  return (
    <>
      {teams.map((team) => (
        <TeamCard
          key={team.organisation.id}
          academyId={academyId}
          team={team}
          reload={result.reload}
        />
      ))}
    </>
  );
}

function TeamView({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const result = useQuery(TEAM_ACADEMY, { slug });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { academy } = result.data;
  if (!academy) return <NotFoundPage />;
  return (
    <>
      <PageHeading>{t('cohortTeam.title', { academy: academy.title.text })}</PageHeading>
      <Paragraph mb="m">
        <RouterLink asComponent={RouterDomLink} to={`/academies/${slug}/attendance`}>
          {t('cohortTeam.attendanceLink')}
        </RouterLink>
      </Paragraph>
      <Paragraph mb="m">
        <RouterLink asComponent={RouterDomLink} to={`/academies/${slug}/sparring`}>
          {t('rounds.sparring.link')}
        </RouterLink>
      </Paragraph>
      <Paragraph mb="m">
        <RouterLink asComponent={RouterDomLink} to={`/academies/${slug}/cohort-pilots`}>
          {t('followUpCohort.shared.link')}
        </RouterLink>
      </Paragraph>
      <Teams academyId={academy.id} />
    </>
  );
}

/** `/academies/:slug/team`: my organisations' cohort teams; contacts add, remove, change the responsible person. */
export function TeamPage() {
  const { slug = '' } = useParams();
  return <RequireSignIn>{() => <TeamView slug={slug} />}</RequireSignIn>;
}

export { TeamPage as Component };
