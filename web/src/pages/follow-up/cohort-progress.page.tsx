import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useQuery } from '../../api/use-query';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { CohortProgressPageQuery, TrackedActionStage } from '../../gql/graphql';
import { currentLanguage } from '../../i18n';
import { INTL_LOCALE } from '../../i18n/times';
import { useSession } from '../../session/session';
import { RoleGate } from '../admin/admin-parts';
import { useAcademyRef } from '../admin/use-admin-academy';
import { FollowUpSettingsSection } from './follow-up-settings';
import './follow-up-cohort.css';

const COHORT_PROGRESS = graphql(`
  query CohortProgressPage($academyId: ID!) {
    cohortProgress(academyId: $academyId) {
      trackedActionId
      organisationId
      organisationName
      title {
        text
      }
      stage
      declaredOnSchedule
      derivedBehind
      onSchedule
      overdueTaskCount
      lastUpdateAt
      measuresApplied
      appliedMeasureKeys
    }
    circularMeasures(academyId: $academyId) {
      key
      label {
        text
      }
    }
  }
`);

type Row = CohortProgressPageQuery['cohortProgress'][number];

/** `4.5.2026`: the instant's date in the academy's zone, as the person's language writes it. */
function localDate(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[currentLanguage()], {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone,
  }).format(new Date(instant));
}

function Summary({ rows }: { rows: Row[] }) {
  const { t } = useTranslation();
  const count = (stage: TrackedActionStage) => rows.filter((row) => row.stage === stage).length;
  return (
    <div role="status" data-testid="progress-summary" className="progress-summary">
      <Paragraph>
        {t('followUpCohort.dashboard.summary', {
          total: rows.length,
          notStarted: count('NOT_STARTED'),
          planning: count('PLANNING'),
          implementation: count('IMPLEMENTATION'),
          done: count('DONE'),
        })}
      </Paragraph>
      <Paragraph>
        {t('followUpCohort.dashboard.summaryBehind', {
          behind: rows.filter((row) => row.derivedBehind).length,
          overdue: rows.reduce((sum, row) => sum + row.overdueTaskCount, 0),
        })}
      </Paragraph>
    </div>
  );
}

/** Declared and derived side by side: a green declaration on a late pilot still reads "behind". */
function Schedule({ row }: { row: Row }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list">
      <li>
        {row.declaredOnSchedule
          ? t('followUpCohort.dashboard.declaredOn')
          : t('followUpCohort.dashboard.declaredOff')}
      </li>
      <li>
        {row.derivedBehind ? (
          <strong className="schedule-behind" data-testid="behind">
            {t('followUpCohort.dashboard.behind')}
          </strong>
        ) : (
          t('followUpCohort.dashboard.notBehind')
        )}
      </li>
    </ul>
  );
}

function ProgressTable({
  academyId,
  slug,
  timeZone,
}: {
  academyId: string;
  slug: string;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const result = useQuery(COHORT_PROGRESS, { academyId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const rows = result.data.cohortProgress;
  if (rows.length === 0) return <Paragraph mb="m">{t('followUpCohort.dashboard.empty')}</Paragraph>;
  const labels = new Map(
    result.data.circularMeasures.map((measure) => [measure.key, measure.label.text]),
  );
  return (
    <>
      <Summary rows={rows} />
      <div className="admin-table-wrap">
        <table className="admin-table" data-testid="cohort-progress">
          <caption>{t('followUpCohort.dashboard.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('followUpCohort.dashboard.column.organisation')}</th>
              <th scope="col">{t('followUpCohort.dashboard.column.pilot')}</th>
              <th scope="col">{t('followUpCohort.dashboard.column.stage')}</th>
              <th scope="col">{t('followUpCohort.dashboard.column.schedule')}</th>
              <th scope="col">{t('followUpCohort.dashboard.column.overdue')}</th>
              <th scope="col">{t('followUpCohort.dashboard.column.lastUpdate')}</th>
              <th scope="col">{t('followUpCohort.dashboard.column.measures')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.trackedActionId}
                data-testid="progress-row"
                className={row.derivedBehind ? 'row-behind' : undefined}
              >
                <th scope="row">{row.organisationName}</th>
                <td>
                  <RouterLink
                    asComponent={RouterDomLink}
                    to={`/academies/${encodeURIComponent(slug)}/pilot?organisation=${encodeURIComponent(row.organisationId)}`}
                    aria-label={t('followUpCohort.dashboard.openPilot', {
                      organisation: row.organisationName,
                    })}
                  >
                    {row.title.text}
                  </RouterLink>
                </td>
                <td data-testid="stage">{t(`followUp.stages.${row.stage}`)}</td>
                <td>
                  <Schedule row={row} />
                </td>
                <td data-testid="overdue">
                  {row.overdueTaskCount > 0 ? (
                    <strong className="schedule-behind">{row.overdueTaskCount}</strong>
                  ) : (
                    row.overdueTaskCount
                  )}
                </td>
                <td data-testid="last-update">
                  {row.lastUpdateAt
                    ? localDate(row.lastUpdateAt, timeZone)
                    : t('followUpCohort.dashboard.noUpdates')}
                </td>
                <td>
                  {row.measuresApplied === 0 ? (
                    t('followUpCohort.dashboard.noMeasures')
                  ) : (
                    <ul className="plain-list">
                      {row.appliedMeasureKeys.map((key) => (
                        <li key={key}>{labels.get(key) ?? key}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The CSV export is a plain link: the browser sends the session cookie with it. */
function CsvDownloads({ academyId, slug }: { academyId: string; slug: string }) {
  const { t } = useTranslation();
  const base = `/exports/academies/${encodeURIComponent(academyId)}/cohort-progress.csv`;
  return (
    <section aria-labelledby="progress-csv-heading" className="admin-section">
      <Heading variant="h2" id="progress-csv-heading" mb="s">
        {t('followUpCohort.dashboard.csv.title')}
      </Heading>
      <Paragraph mb="s">{t('followUpCohort.dashboard.csv.intro')}</Paragraph>
      <ul className="csv-links">
        <li>
          <Link href={`${base}?delimiter=semicolon`} download={`${slug}-cohort-progress.csv`}>
            {t('followUpCohort.dashboard.csv.semicolon')}
          </Link>
        </li>
        <li>
          <Link href={base} download={`${slug}-cohort-progress.csv`}>
            {t('followUpCohort.dashboard.csv.comma')}
          </Link>
        </li>
      </ul>
    </section>
  );
}

function CohortProgressOf({ id }: { id: string }) {
  const { t } = useTranslation();
  const { person } = useSession();
  const reference = useAcademyRef(id);
  if (reference.status === 'loading') return <Loading />;
  if (reference.status === 'error') return <ErrorAlert error={reference.error} />;
  if (!reference.academy) return <NotFoundPage />;
  const { academy } = reference;
  const isAdmin = person?.roles.includes('ADMIN') ?? false;
  return (
    <>
      <RouterLink
        asComponent={RouterDomLink}
        to={isAdmin ? `/admin/academies/${id}` : `/academies/${encodeURIComponent(academy.slug)}`}
      >
        {t('followUpCohort.dashboard.toAcademy')}
      </RouterLink>
      <PageHeading>
        {t('followUpCohort.dashboard.title', { academy: academy.title.text })}
      </PageHeading>
      <Paragraph mb="m">
        {t('followUpCohort.dashboard.intro', { timeZone: academy.timeZone })}
      </Paragraph>
      <ProgressTable academyId={id} slug={academy.slug} timeZone={academy.timeZone} />
      <Paragraph mb="l">
        <RouterLink
          asComponent={RouterDomLink}
          to={`/academies/${encodeURIComponent(academy.slug)}/cohort-pilots`}
        >
          {t('followUpCohort.dashboard.toShared')}
        </RouterLink>
      </Paragraph>
      <CsvDownloads academyId={id} slug={academy.slug} />
      <FollowUpSettingsSection academyId={id} canEdit={isAdmin} />
    </>
  );
}

/**
 * `/admin/academies/:id/progress`: the experts' dashboard of the cohort's pilots (stage,
 * declared vs derived schedule, overdue tasks, last update, measures applied), its CSV and
 * the check-in settings. Experts and admins; anyone else reads who the page is for.
 */
export function CohortProgressPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RoleGate title={t('followUpCohort.dashboard.titleShort')} roles={['ADMIN', 'EXPERT']}>
      <CohortProgressOf id={id} />
    </RoleGate>
  );
}

export { CohortProgressPage as Component };
