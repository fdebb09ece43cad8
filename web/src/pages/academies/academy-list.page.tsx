import { Link as RouterDomLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';

const ACADEMIES = graphql(`
  query AcademyList {
    academies {
      id
      slug
      status
      title {
        text
      }
      dates {
        applicationDeadline {
          text
          timeZone
        }
      }
    }
  }
`);

/** `/`: the published academies, the latest application window first. */
export function AcademyListPage() {
  const { t } = useTranslation();
  const result = useQuery(ACADEMIES, {});
  return (
    <>
      <PageHeading>{t('academyList.title')}</PageHeading>
      {result.status === 'loading' && <Loading />}
      {result.status === 'error' && <ErrorAlert error={result.error} />}
      {result.status === 'done' && result.data.academies.length === 0 && (
        <Paragraph>{t('academyList.empty')}</Paragraph>
      )}
      {result.status === 'done' && (
        <ul className="card-list">
          {result.data.academies.map((academy) => (
            <li key={academy.id} className="card">
              <Heading variant="h2" mb="xs">
                <RouterLink asComponent={RouterDomLink} to={`/academies/${academy.slug}`}>
                  {academy.title.text}
                </RouterLink>
              </Heading>
              <Paragraph>
                {t(`academy.status.${academy.status}`)} ·{' '}
                {t('academyList.deadline', {
                  deadline: academy.dates.applicationDeadline.text,
                  timeZone: academy.dates.applicationDeadline.timeZone,
                })}
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
