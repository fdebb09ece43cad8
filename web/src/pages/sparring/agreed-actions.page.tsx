import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useQuery } from '../../api/use-query';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { RequireSignIn } from '../../session/require-sign-in';
import { formatSessionStart } from './sparring-dates';
import { AgreedActionList } from './sparring-outcome';

const ACADEMY = graphql(`
  query AgreedActionsAcademy($slug: String!) {
    academy(slug: $slug) {
      id
      timeZone
      title {
        text
      }
    }
  }
`);

const MY_TEAMS = graphql(`
  query AgreedActionsTeams($academyId: ID!) {
    myCohortTeams(academyId: $academyId) {
      organisation {
        id
        name
      }
    }
  }
`);

const ACTIONS = graphql(`
  query OrganisationAgreedActions($academyId: ID!, $organisationId: ID!) {
    agreedActions(academyId: $academyId, organisationId: $organisationId) {
      id
      title
      dueDate
      bookingId
      sessionStartsAt
      owner {
        participantId
        name
        hasLeft
      }
    }
  }
`);

function OrganisationActions({
  academyId,
  timeZone,
  organisation,
}: {
  academyId: string;
  timeZone: string;
  organisation: { id: string; name: string };
}) {
  const { t } = useTranslation();
  const result = useQuery(ACTIONS, { academyId, organisationId: organisation.id });
  const headingId = `actions-${organisation.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <Heading variant="h2" id={headingId} mb="s">
        {organisation.name}
      </Heading>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorAlert error={result.error} />}
      {result.status === 'done' && (
        <AgreedActionList
          actions={result.data.agreedActions}
          extra={(action) => {
            const full = result.data.agreedActions.find((item) => item.id === action.id);
            return full ? (
              <>
                <br />
                {t('sparring.fromSession', {
                  date: formatSessionStart(full.sessionStartsAt, timeZone),
                })}
              </>
            ) : null;
          }}
        />
      )}
    </section>
  );
}

function Teams({ academyId, timeZone }: { academyId: string; timeZone: string }) {
  const { t } = useTranslation();
  const result = useQuery(MY_TEAMS, { academyId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const teams = result.data.myCohortTeams;
  if (teams.length === 0) return <Paragraph>{t('sparring.teamNone')}</Paragraph>;
  return (
    <>
      {teams.map((team) => (
        <OrganisationActions
          key={team.organisation.id}
          academyId={academyId}
          timeZone={timeZone}
          organisation={team.organisation}
        />
      ))}
    </>
  );
}

function AgreedActionsView({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const result = useQuery(ACADEMY, { slug });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { academy } = result.data;
  if (!academy) return <NotFoundPage />;
  return (
    <>
      <PageHeading>{t('sparring.teamTitle', { academy: academy.title.text })}</PageHeading>
      <Paragraph mb="m">{t('sparring.teamIntro')}</Paragraph>
      <Teams academyId={academy.id} timeZone={academy.timeZone} />
    </>
  );
}

/** `/academies/:slug/agreed-actions`: my organisations' agreed actions from their sparring sessions. */
export function AgreedActionsPage() {
  const { slug = '' } = useParams();
  return <RequireSignIn>{() => <AgreedActionsView slug={slug} />}</RequireSignIn>;
}

export { AgreedActionsPage as Component };
