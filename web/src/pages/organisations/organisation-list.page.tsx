import { Link as RouterDomLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { RequireSignIn } from '../../session/require-sign-in';

const MY_ORGANISATIONS = graphql(`
  query OrganisationListPage {
    myMemberships {
      id
      role
      organisation {
        id
        name
        businessId
        type
      }
    }
  }
`);

function MyOrganisations() {
  const { t } = useTranslation();
  const result = useQuery(MY_ORGANISATIONS, {});
  return (
    <>
      <PageHeading>{t('applicant.organisations.title')}</PageHeading>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorAlert error={result.error} />}
      {result.status === 'done' &&
        (result.data.myMemberships.length === 0 ? (
          <Paragraph mb="m">{t('applicant.organisations.empty')}</Paragraph>
        ) : (
          <ul className="card-list">
            {result.data.myMemberships.map(({ id, role, organisation }) => (
              <li key={id} className="card">
                <RouterLink asComponent={RouterDomLink} to={`/organisations/${organisation.id}`}>
                  {organisation.name}
                </RouterLink>
                <Paragraph>
                  {organisation.businessId} · {t(`applicant.organisationType.${organisation.type}`)}{' '}
                  · {t(`applicant.role.${role}`)}
                </Paragraph>
              </li>
            ))}
          </ul>
        ))}
      <RouterLink asComponent={RouterDomLink} to="/organisations/new">
        {t('applicant.organisations.create')}
      </RouterLink>
    </>
  );
}

/** `/organisations`: the organisations I belong to, and a way to register one. */
export function OrganisationListPage() {
  return <RequireSignIn>{() => <MyOrganisations />}</RequireSignIn>;
}

export { OrganisationListPage as Component };
