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

const COHORT_ACADEMY = graphql(`
  query CohortPageAcademy($slug: String!) {
    academy(slug: $slug) {
      id
      title {
        text
      }
    }
  }
`);

const COHORT = graphql(`
  query CohortPage($academyId: ID!) {
    cohort(academyId: $academyId) {
      organisations {
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
        }
      }
    }
  }
`);

function Members({ academyId }: { academyId: string }) {
  const { t } = useTranslation();
  const result = useQuery(COHORT, { academyId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error')
    return <ErrorAlert error={result.error} overrides={{ FORBIDDEN: 'cohort.forbidden' }} />;
  const { organisations } = result.data.cohort;
  if (organisations.length === 0) return <Paragraph mb="m">{t('cohort.empty')}</Paragraph>;
  return (
    <>
      {organisations.map(({ organisation, participants }) => (
        <section
          key={organisation.id}
          className="card"
          aria-labelledby={`cohort-${organisation.id}`}
          data-testid="cohort-organisation"
        >
          <Heading variant="h2" id={`cohort-${organisation.id}`}>
            {organisation.name}
          </Heading>
          <ul>
            {participants.map((person) => (
              <li key={person.id}>
                {person.name} ({person.email}) · {t(`cohort.role.${person.role}`)}
                {person.teamRole
                  ? ` · ${t(`cohort.teamRole.${person.teamRole}`, { defaultValue: person.teamRole })}`
                  : ''}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function Cohort({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const result = useQuery(COHORT_ACADEMY, { slug });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { academy } = result.data;
  if (!academy) return <NotFoundPage />;
  return (
    <>
      <PageHeading>{t('cohort.title', { academy: academy.title.text })}</PageHeading>
      <Paragraph mb="m">
        <RouterLink asComponent={RouterDomLink} to={`/academies/${slug}/team`}>
          {t('cohort.manageTeam')}
        </RouterLink>
      </Paragraph>
      <Paragraph mb="m">
        <RouterLink asComponent={RouterDomLink} to={`/academies/${slug}/cohort-pilots`}>
          {t('followUpCohort.shared.link')}
        </RouterLink>
      </Paragraph>
      <Members academyId={academy.id} />
    </>
  );
}

/** `/academies/:slug/cohort`: the confirmed organisations and their teams (staff, cohort). */
export function CohortPage() {
  const { slug = '' } = useParams();
  return <RequireSignIn>{() => <Cohort slug={slug} />}</RequireSignIn>;
}

export { CohortPage as Component };
