import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { RequireSignIn } from '../../session/require-sign-in';
import { useAcademyRef, useKeptQuery } from '../admin/use-admin-academy';
import { shownDate } from './outcome-report.page';

const REPORTS = graphql(`
  query OutcomeReportsPage($academyId: ID!) {
    followUpSettings(academyId: $academyId) {
      outcomeReportDueOn
    }
    outcomeReports(academyId: $academyId) {
      trackedActionId
      organisationName
      pilotTitle {
        text
      }
      status
      procured
      measuresUsed {
        key
        label {
          text
        }
      }
      criteriaText
      finalMetrics {
        metricId
        name
        unit
        target
        finalValue
        targetMet
      }
      lessons
      permissionToPublish
      submittedAt
      submittedBy
    }
  }
`);

const SET_DEADLINE = graphql(`
  mutation OutcomeReportsSetDeadline($input: SetOutcomeReportDeadlineInput!) {
    setOutcomeReportDeadline(input: $input) {
      outcomeReportDueOn
    }
  }
`);

function DeadlineForm({
  academyId,
  dueOn,
  reload,
}: {
  academyId: string;
  dueOn: string | null;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(dueOn ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    setNotice(null);
    try {
      await request(SET_DEADLINE, { input: { academyId, dueOn: value.trim() || null } });
      setNotice(t('outcomeReport.deadlineSaved'));
      reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught)));
    }
  };
  const dateError = error?.code === 'INVALID_DATE' ? error.message : undefined;
  return (
    <form noValidate className="stack card" onSubmit={(event) => void save(event)}>
      {error && !dateError && <ErrorAlert error={error} />}
      {notice && (
        <InlineAlert status="neutral" role="status">
          {notice}
        </InlineAlert>
      )}
      <TextInput
        labelText={t('outcomeReport.deadlineLabel')}
        hintText={t('outcomeReport.deadlineHint')}
        value={value}
        onChange={(next) => setValue(String(next ?? ''))}
        status={dateError ? 'error' : 'default'}
        statusText={dateError}
      />
      <Button type="submit">{t('outcomeReport.saveDeadline')}</Button>
    </form>
  );
}

function Reports({ academyId, isAdmin }: { academyId: string; isAdmin: boolean }) {
  const { t } = useTranslation();
  const result = useKeptQuery(REPORTS, { academyId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { outcomeReports: reports, followUpSettings } = result.data;
  const rows: Array<[string, (report: (typeof reports)[number]) => React.ReactNode]> = [
    [t('outcomeReport.statusLabel'), (r) => t(`outcomeReport.statuses.${r.status}`)],
    [t('outcomeReport.procured'), (r) => r.procured],
    [t('outcomeReport.measuresUsed'), (r) => r.measuresUsed.map((m) => m.label.text).join(', ')],
    [t('outcomeReport.criteriaText'), (r) => r.criteriaText],
    [
      t('outcomeReport.finalMetrics'),
      (r) =>
        r.finalMetrics
          .map(
            (metric) =>
              `${t('outcomeReport.finalVsTargetShort', {
                name: metric.name,
                value: metric.finalValue ?? '–',
                target: metric.target,
                unit: metric.unit,
              })} ${metric.targetMet ? t('outcomeReport.targetMet') : t('outcomeReport.targetNotMet')}`,
          )
          .join('\n'),
    ],
    [t('outcomeReport.lessons'), (r) => r.lessons],
    [
      t('outcomeReport.permissionShort'),
      (r) => (r.permissionToPublish ? t('outcomeReport.yes') : t('outcomeReport.no')),
    ],
    [t('outcomeReport.submittedByLabel'), (r) => r.submittedBy ?? '–'],
  ];
  return (
    <>
      <Paragraph mb="m">
        {t('outcomeReport.deadlineIs', {
          date: followUpSettings.outcomeReportDueOn
            ? shownDate(followUpSettings.outcomeReportDueOn)
            : t('outcomeReport.noDeadline'),
        })}
      </Paragraph>
      {isAdmin && (
        <DeadlineForm
          academyId={academyId}
          dueOn={followUpSettings.outcomeReportDueOn ?? null}
          reload={result.reload}
        />
      )}
      {reports.length === 0 ? (
        <Paragraph>{t('outcomeReport.noPilots')}</Paragraph>
      ) : (
        <div
          className="side-by-side"
          tabIndex={0}
          role="region"
          aria-label={t('outcomeReport.tableLabel')}
        >
          <table data-testid="outcome-reports">
            <thead>
              <tr>
                <td />
                {reports.map((report) => (
                  <th key={report.trackedActionId} scope="col">
                    {report.organisationName}
                    {'\n'}
                    {report.pilotTitle.text}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, cell]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {reports.map((report) => (
                    <td key={report.trackedActionId}>{cell(report)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function View({ id, isAdmin }: { id: string; isAdmin: boolean }) {
  const { t } = useTranslation();
  const ref = useAcademyRef(id);
  if (ref.status === 'loading') return <Loading />;
  if (ref.status === 'error') return <ErrorAlert error={ref.error} />;
  if (!ref.academy) return <NotFoundPage />;
  return (
    <>
      <PageHeading>
        {t('outcomeReport.staffTitle', { academy: ref.academy.title.text })}
      </PageHeading>
      <Reports academyId={id} isAdmin={isAdmin} />
    </>
  );
}

/**
 * `/admin/academies/:id/outcome-reports`: every pilot's outcome report side by side (experts
 * and admins; not started ones show their prefill); admins set the deadline here.
 */
export function OutcomeReportsPage() {
  const { id = '' } = useParams();
  return (
    <RequireSignIn>
      {(person) => <View id={id} isAdmin={person.roles.includes('ADMIN')} />}
    </RequireSignIn>
  );
}

export { OutcomeReportsPage as Component };
