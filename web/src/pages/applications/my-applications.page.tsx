import { Link as RouterDomLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { RequireSignIn } from '../../session/require-sign-in';

// An application names its academy by id; the published academies give its title and slug.
const MY_APPLICATIONS = graphql(`
  query MyApplicationsPage {
    myApplications {
      id
      academyId
      status
      submittedAt
      organisation {
        id
        name
      }
      deadline {
        text
      }
      completeness {
        complete
      }
    }
    academies {
      id
      slug
      title {
        text
      }
    }
  }
`);

function MyApplications() {
  const { t } = useTranslation();
  const result = useQuery(MY_APPLICATIONS, {});
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const academies = new Map(result.data.academies.map((academy) => [academy.id, academy]));
  const applications = result.data.myApplications;
  if (applications.length === 0)
    return <Paragraph mb="m">{t('applicant.applications.empty')}</Paragraph>;
  return (
    <ul className="card-list">
      {applications.map((application) => {
        const academy = academies.get(application.academyId);
        return (
          <li key={application.id} className="card" data-testid="my-application">
            {academy ? (
              <RouterLink
                asComponent={RouterDomLink}
                to={`/academies/${encodeURIComponent(academy.slug)}/application?organisation=${application.organisation.id}`}
              >
                {academy.title.text}
              </RouterLink>
            ) : (
              <strong>{t('applicant.applications.unlistedAcademy')}</strong>
            )}
            <Paragraph>
              {application.organisation.name} · {t(`applicant.status.${application.status}`)}
              {application.completeness.complete
                ? ` · ${t('applicant.applications.complete')}`
                : ''}
            </Paragraph>
            <Paragraph>
              {t('applicant.applications.deadline', { deadline: application.deadline.text })}
            </Paragraph>
          </li>
        );
      })}
    </ul>
  );
}

/** `/applications`: my organisations' applications, with their status. */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  return (
    <RequireSignIn>
      {() => (
        <>
          <PageHeading>{t('applicant.applications.title')}</PageHeading>
          <MyApplications />
        </>
      )}
    </RequireSignIn>
  );
}

export { MyApplicationsPage as Component };
