import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useQuery } from '../../api/use-query';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { RequireSignIn } from '../../session/require-sign-in';

const MY_ATTENDANCE_ACADEMY = graphql(`
  query MyAttendanceAcademy($slug: String!) {
    academy(slug: $slug) {
      id
      slug
      title {
        text
      }
    }
  }
`);

const MY_ATTENDANCE_TEAMS = graphql(`
  query MyAttendanceTeams($academyId: ID!) {
    myCohortTeams(academyId: $academyId) {
      organisation {
        id
        name
      }
    }
  }
`);

const SUMMARY = graphql(`
  query MyAttendanceSummary($academyId: ID!, $organisationId: ID!) {
    attendanceSummary(academyId: $academyId, organisationId: $organisationId) {
      eventsRecorded
      eventsAttended
      organisation {
        id
        name
      }
      events {
        attended
        event {
          id
          title {
            text
          }
          start {
            text
          }
        }
      }
      participants {
        attended
        participant {
          id
          name
        }
      }
    }
  }
`);

/** One organisation's summary: the recorded events with how many came, and each person's count. */
function OrganisationSummary({
  academyId,
  slug,
  organisationId,
}: {
  academyId: string;
  slug: string;
  organisationId: string;
}) {
  const { t } = useTranslation();
  const result = useQuery(SUMMARY, { academyId, organisationId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const summary = result.data.attendanceSummary;
  const headingId = `attendance-${summary.organisation.id}`;
  return (
    <section className="card" aria-labelledby={headingId} data-testid="attendance-summary">
      <Heading variant="h2" id={headingId} mb="s">
        {summary.organisation.name}
      </Heading>
      <Paragraph mb="m">
        {t('attendanceSummary.eventsAttended', {
          attended: summary.eventsAttended,
          recorded: summary.eventsRecorded,
        })}
      </Paragraph>
      {summary.events.length === 0 ? (
        <Paragraph mb="m">{t('attendanceSummary.noneRecorded')}</Paragraph>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table" data-testid="attendance-events">
            <caption>{t('attendanceSummary.eventsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('attendanceSummary.event')}</th>
                <th scope="col">{t('attendanceSummary.when')}</th>
                <th scope="col">{t('attendanceSummary.peopleThere')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.events.map(({ event, attended }) => (
                <tr key={event.id}>
                  <th scope="row">
                    <RouterLink
                      asComponent={RouterDomLink}
                      to={`/academies/${slug}/events/${event.id}`}
                    >
                      {event.title.text}
                    </RouterLink>
                  </th>
                  <td>{event.start.text}</td>
                  <td>{attended}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="admin-table-wrap">
        <table className="admin-table" data-testid="attendance-people">
          <caption>{t('attendanceSummary.peopleCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('attendanceSummary.person')}</th>
              <th scope="col">{t('attendanceSummary.attendedEvents')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.participants.map(({ participant, attended }) => (
              <tr key={participant.id}>
                <th scope="row">{participant.name}</th>
                <td>
                  {t('attendanceSummary.ofRecorded', {
                    attended,
                    recorded: summary.eventsRecorded,
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function MyAttendance({ academyId, slug }: { academyId: string; slug: string }) {
  const { t } = useTranslation();
  const result = useQuery(MY_ATTENDANCE_TEAMS, { academyId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const teams = result.data.myCohortTeams;
  if (teams.length === 0) return <Paragraph>{t('attendanceSummary.notInCohort')}</Paragraph>;
  return (
    <>
      {teams.map((team) => (
        <OrganisationSummary
          key={team.organisation.id}
          academyId={academyId}
          slug={slug}
          organisationId={team.organisation.id}
        />
      ))}
    </>
  );
}

function MyAttendanceView({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const result = useQuery(MY_ATTENDANCE_ACADEMY, { slug });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { academy } = result.data;
  if (!academy) return <NotFoundPage />;
  return (
    <>
      <PageHeading>{t('attendanceSummary.title', { academy: academy.title.text })}</PageHeading>
      <Paragraph mb="m">{t('attendanceSummary.explain')}</Paragraph>
      <MyAttendance academyId={academy.id} slug={academy.slug} />
      <Paragraph mt="l">
        <RouterLink asComponent={RouterDomLink} to={`/academies/${academy.slug}/team`}>
          {t('attendanceSummary.toTeam')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

/** `/academies/:slug/attendance`: my organisations' attendance in the academy's events. */
export function MyAttendancePage() {
  const { slug = '' } = useParams();
  return <RequireSignIn>{() => <MyAttendanceView slug={slug} />}</RequireSignIn>;
}

export { MyAttendancePage as Component };
