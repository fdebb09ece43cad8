import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { RoleGate } from '../admin/admin-parts';
import { useAcademyRef } from '../admin/use-admin-academy';

const ACADEMY_ATTENDANCE = graphql(`
  query AcademyAttendance($academyId: ID!) {
    academyAttendance(academyId: $academyId) {
      eventsRecorded
      eventsAttended
      organisation {
        id
        name
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

function AcademyAttendanceTable({ academyId }: { academyId: string }) {
  const { t } = useTranslation();
  const result = useQuery(ACADEMY_ATTENDANCE, { academyId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const summaries = result.data.academyAttendance;
  if (summaries.length === 0) return <Paragraph>{t('attendanceSummary.noCohort')}</Paragraph>;
  return (
    <div className="admin-table-wrap">
      <table className="admin-table" data-testid="academy-attendance">
        <caption>{t('attendanceSummary.allCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('attendanceSummary.organisation')}</th>
            <th scope="col">{t('attendanceSummary.events')}</th>
            <th scope="col">{t('attendanceSummary.people')}</th>
          </tr>
        </thead>
        <tbody>
          {summaries.map((summary) => (
            <tr key={summary.organisation.id}>
              <th scope="row">{summary.organisation.name}</th>
              <td>
                {t('attendanceSummary.ofRecorded', {
                  attended: summary.eventsAttended,
                  recorded: summary.eventsRecorded,
                })}
              </td>
              <td>
                {summary.participants.length === 0 ? (
                  t('attendanceSummary.noTeam')
                ) : (
                  <ul className="plain-list">
                    {summary.participants.map(({ participant, attended }) => (
                      <li key={participant.id}>
                        {t('attendanceSummary.personCount', {
                          name: participant.name,
                          attended,
                          recorded: summary.eventsRecorded,
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AcademyAttendanceView({ academyId }: { academyId: string }) {
  const { t } = useTranslation();
  const ref = useAcademyRef(academyId);
  if (ref.status === 'loading') return <Loading />;
  if (ref.status === 'error') return <ErrorAlert error={ref.error} />;
  const title = ref.academy?.title.text;
  return (
    <>
      <PageHeading>
        {title
          ? t('attendanceSummary.allTitle', { academy: title })
          : t('attendanceSummary.allTitleShort')}
      </PageHeading>
      <Paragraph mb="m">{t('attendanceSummary.allExplain')}</Paragraph>
      <AcademyAttendanceTable academyId={academyId} />
      <Paragraph mt="l">
        <RouterLink asComponent={RouterDomLink} to={`/admin/academies/${academyId}`}>
          {t('attendanceSummary.toAcademy')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

/** `/admin/academies/:id/attendance`: every cohort organisation's attendance (staff). */
export function AcademyAttendancePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RoleGate title={t('attendanceSummary.allTitleShort')} roles={['ADMIN', 'EXPERT']}>
      <AcademyAttendanceView academyId={id} />
    </RoleGate>
  );
}

export { AcademyAttendancePage as Component };
