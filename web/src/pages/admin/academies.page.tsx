import { Link as RouterDomLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { RoleGate } from './admin-parts';

const ADMIN_ACADEMIES = graphql(`
  query AdminAcademies {
    academies {
      id
      slug
      status
      timeZone
      title {
        text
      }
      dates {
        applicationDeadline {
          text
        }
      }
    }
  }
`);

// The academy's selection pages: reviewers, the board, the decisions.
const SELECTION_LINKS = [
  { path: 'reviewers', label: 'reviewers.links.reviewers' },
  { path: 'selection', label: 'reviewers.links.board' },
  { path: 'decisions', label: 'reviewers.links.decisions' },
] as const;

function AcademyTable() {
  const { t } = useTranslation();
  const result = useQuery(ADMIN_ACADEMIES, {});
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  if (result.data.academies.length === 0)
    return <Paragraph>{t('admin.academies.empty')}</Paragraph>;
  return (
    <div className="admin-table-wrap">
      <table className="admin-table">
        <caption className="visually-hidden">{t('admin.academies.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.academies.column.title')}</th>
            <th scope="col">{t('admin.academies.column.status')}</th>
            <th scope="col">{t('admin.academies.column.deadline')}</th>
            <th scope="col">{t('admin.academies.column.applications')}</th>
            <th scope="col">{t('reviewers.links.column')}</th>
          </tr>
        </thead>
        <tbody>
          {result.data.academies.map((academy) => (
            <tr key={academy.id}>
              <td>
                <RouterLink asComponent={RouterDomLink} to={`/admin/academies/${academy.id}`}>
                  {academy.title.text}
                </RouterLink>
                <br />
                <code>{academy.slug}</code>
              </td>
              <td data-testid="academy-status">{t(`academy.status.${academy.status}`)}</td>
              <td>
                {academy.dates.applicationDeadline.text} ({academy.timeZone})
              </td>
              <td>
                <RouterLink
                  asComponent={RouterDomLink}
                  to={`/admin/academies/${academy.id}/applications`}
                  aria-label={t('admin.academies.applicationsOf', { title: academy.title.text })}
                >
                  {t('admin.academies.applications')}
                </RouterLink>
              </td>
              <td>
                <ul className="selection-links">
                  {SELECTION_LINKS.map(({ path, label }) => (
                    <li key={path}>
                      <RouterLink
                        asComponent={RouterDomLink}
                        to={`/admin/academies/${academy.id}/${path}`}
                        aria-label={`${t(label)}: ${academy.title.text}`}
                      >
                        {t(label)}
                      </RouterLink>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `/admin/academies`: every academy, drafts and archived ones too, with its status. */
export function AdminAcademiesPage() {
  const { t } = useTranslation();
  return (
    <RoleGate title={t('admin.academies.title')}>
      <PageHeading>{t('admin.academies.title')}</PageHeading>
      <div className="admin-actions">
        <RouterLink asComponent={RouterDomLink} to="/admin/academies/new">
          {t('admin.academies.create')}
        </RouterLink>
        <RouterLink asComponent={RouterDomLink} to="/admin/roles">
          {t('admin.roles.title')}
        </RouterLink>
      </div>
      <AcademyTable />
    </RoleGate>
  );
}

export { AdminAcademiesPage as Component };
