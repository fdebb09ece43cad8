import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Heading,
  InlineAlert,
  Paragraph,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { useQuery } from '../../api/use-query';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { OutcomeReportPageQuery } from '../../gql/graphql';
import { RequireSignIn } from '../../session/require-sign-in';
import { useKeptQuery } from '../admin/use-admin-academy';
import { OutcomeReportView } from './outcome-report-view';

const ACADEMY = graphql(`
  query OutcomeReportAcademy($slug: String!) {
    academy(slug: $slug) {
      id
      title {
        text
      }
    }
  }
`);

const REPORTS = graphql(`
  query OutcomeReportPage($academyId: ID!) {
    circularMeasures(academyId: $academyId) {
      id
      key
      label {
        text
      }
    }
    myOutcomeReports(academyId: $academyId) {
      trackedActionId
      organisationName
      pilotTitle {
        text
      }
      status
      dueOn
      canEdit
      procured
      measuresUsed {
        id
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
        baseline
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

const SAVE = graphql(`
  mutation OutcomeReportSave($input: SaveOutcomeReportInput!) {
    saveOutcomeReport(input: $input) {
      trackedActionId
      status
    }
  }
`);

const SUBMIT = graphql(`
  mutation OutcomeReportSubmit($input: SaveOutcomeReportInput!) {
    submitOutcomeReport(input: $input) {
      trackedActionId
      status
    }
  }
`);

type Report = OutcomeReportPageQuery['myOutcomeReports'][number];
type Measure = { id: string; key: string; label: { text: string } };

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

/** 'YYYY-MM-DD' as the Finnish-style 31.5.2025. */
export const shownDate = (date: string) => {
  const [year, month, day] = date.split('-');
  return `${Number(day)}.${Number(month)}.${year}`;
};

/** The message for one field: a rule broken (validation), or a required field left empty. */
function fieldError(error: ApiError | null, field: string): string | undefined {
  if (!error) return undefined;
  if (error.code === 'OUTCOME_REPORT_INCOMPLETE') {
    const fields = error.extensions.fields;
    return Array.isArray(fields) && fields.includes(field) ? error.message : undefined;
  }
  return error.fieldMessage(field);
}

/**
 * The form holds the whole report: nothing typed is lost when the API refuses it (the state
 * stays; only a successful save reloads).
 */
function ReportForm({
  report,
  catalogue,
  reload,
}: {
  report: Report;
  catalogue: Measure[];
  reload: () => void;
}) {
  const { t } = useTranslation();
  const [procured, setProcured] = useState(report.procured);
  const [measureIds, setMeasureIds] = useState(
    () => new Set(report.measuresUsed.map((measure) => measure.id)),
  );
  const [criteriaText, setCriteriaText] = useState(report.criteriaText);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(report.finalMetrics.map((m) => [m.metricId, m.finalValue ?? ''])),
  );
  const [lessons, setLessons] = useState(report.lessons);
  const [permission, setPermission] = useState(report.permissionToPublish);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const input = () => ({
    trackedActionId: report.trackedActionId,
    procured,
    measureIds: catalogue.filter((m) => measureIds.has(m.id)).map((m) => m.id),
    criteriaText,
    finalValues: report.finalMetrics
      .filter((metric) => (values[metric.metricId] ?? '').trim() !== '')
      .map((metric) => ({ metricId: metric.metricId, value: values[metric.metricId].trim() })),
    lessons,
    permissionToPublish: permission,
  });

  async function send(submit: boolean) {
    setPending(true);
    setError(null);
    setNotice(null);
    try {
      if (submit) await request(SUBMIT, { input: input() });
      else await request(SAVE, { input: input() });
      setNotice(submit ? t('outcomeReport.submitted') : t('outcomeReport.saved'));
      reload();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setPending(false);
    }
  }

  // Index of a final value in the input as sent (only filled ones are sent).
  const sentIndex = (metricId: string) =>
    input().finalValues.findIndex((value) => value.metricId === metricId);
  const valueError = (metricId: string) => {
    const index = sentIndex(metricId);
    if (index < 0) return undefined;
    return (
      fieldError(error, `input.finalValues.${index}.value`) ??
      fieldError(error, `input.finalValues.${index}.metricId`)
    );
  };
  const shownFields = [
    'input.procured',
    'input.lessons',
    'input.criteriaText',
    ...report.finalMetrics.flatMap((metric) => {
      const index = sentIndex(metric.metricId);
      return [`input.finalValues.${index}.value`, `input.finalValues.${index}.metricId`];
    }),
  ];
  const generalError =
    error && !shownFields.some((field) => fieldError(error, field)) ? error : null;

  return (
    <form
      noValidate
      className="stack card"
      onSubmit={(event) => {
        event.preventDefault();
        void send(true);
      }}
    >
      {error &&
        (generalError ? (
          <ErrorAlert error={generalError} />
        ) : (
          <InlineAlert status="error" role="alert" mb="s">
            {t('outcomeReport.fixFields')}
          </InlineAlert>
        ))}
      {notice && (
        <InlineAlert status="neutral" role="status" mb="s">
          {notice}
        </InlineAlert>
      )}
      <Textarea
        id="outcome-procured"
        labelText={t('outcomeReport.procured')}
        hintText={t('outcomeReport.procuredHint')}
        value={procured}
        onChange={(event) => setProcured(event.target.value)}
        status={fieldError(error, 'input.procured') ? 'error' : 'default'}
        statusText={fieldError(error, 'input.procured')}
        fullWidth
        rows={4}
      />
      <CheckboxGroup labelText={t('outcomeReport.measuresUsed')}>
        {catalogue.map((measure) => (
          <Checkbox
            key={measure.id}
            checked={measureIds.has(measure.id)}
            onClick={({ checkboxState }) =>
              setMeasureIds((current) => {
                const next = new Set(current);
                if (checkboxState) next.add(measure.id);
                else next.delete(measure.id);
                return next;
              })
            }
          >
            {measure.label.text}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <Textarea
        id="outcome-criteria"
        labelText={t('outcomeReport.criteriaText')}
        hintText={t('outcomeReport.criteriaHint')}
        value={criteriaText}
        onChange={(event) => setCriteriaText(event.target.value)}
        status={fieldError(error, 'input.criteriaText') ? 'error' : 'default'}
        statusText={fieldError(error, 'input.criteriaText')}
        fullWidth
        rows={3}
      />
      {report.finalMetrics.length > 0 && (
        <Heading variant="h3">{t('outcomeReport.finalMetrics')}</Heading>
      )}
      {report.finalMetrics.map((metric) => (
        <TextInput
          key={metric.metricId}
          labelText={t('outcomeReport.finalValueLabel', { name: metric.name, unit: metric.unit })}
          hintText={t('outcomeReport.finalValueHint', {
            baseline: metric.baseline,
            target: metric.target,
            unit: metric.unit,
          })}
          value={values[metric.metricId] ?? ''}
          onChange={(value) =>
            setValues((current) => ({ ...current, [metric.metricId]: String(value ?? '') }))
          }
          status={valueError(metric.metricId) ? 'error' : 'default'}
          statusText={valueError(metric.metricId)}
        />
      ))}
      <Textarea
        id="outcome-lessons"
        labelText={t('outcomeReport.lessons')}
        hintText={t('outcomeReport.lessonsHint')}
        value={lessons}
        onChange={(event) => setLessons(event.target.value)}
        status={fieldError(error, 'input.lessons') ? 'error' : 'default'}
        statusText={fieldError(error, 'input.lessons')}
        fullWidth
        rows={5}
      />
      <Checkbox checked={permission} onClick={({ checkboxState }) => setPermission(checkboxState)}>
        {t('outcomeReport.permission')}
      </Checkbox>
      <div className="button-row">
        <Button variant="secondary" disabled={pending} onClick={() => void send(false)}>
          {t('outcomeReport.saveDraft')}
        </Button>
        <Button type="submit" disabled={pending}>
          {t('outcomeReport.submit')}
        </Button>
      </div>
    </form>
  );
}

function TeamReport({
  report,
  catalogue,
  reload,
}: {
  report: Report;
  catalogue: Measure[];
  reload: () => void;
}) {
  const { t } = useTranslation();
  const headingId = `report-${report.trackedActionId}`;
  return (
    <section aria-labelledby={headingId} data-testid="outcome-report">
      <Heading variant="h2" id={headingId} mb="s">
        {report.pilotTitle.text}
      </Heading>
      <Paragraph mb="s">{report.organisationName}</Paragraph>
      <dl className="facts">
        <dt>{t('outcomeReport.statusLabel')}</dt>
        <dd>{t(`outcomeReport.statuses.${report.status}`)}</dd>
        <dt>{t('outcomeReport.dueOn')}</dt>
        <dd>{report.dueOn ? shownDate(report.dueOn) : t('outcomeReport.noDeadline')}</dd>
      </dl>
      {report.status === 'NOT_STARTED' && report.canEdit && (
        <Paragraph mb="s">{t('outcomeReport.prefilled')}</Paragraph>
      )}
      {report.canEdit ? (
        <ReportForm
          key={report.trackedActionId}
          report={report}
          catalogue={catalogue}
          reload={reload}
        />
      ) : (
        <>
          {report.status !== 'SUBMITTED' && (
            <Paragraph mb="s">{t('outcomeReport.readOnly')}</Paragraph>
          )}
          <OutcomeReportView report={report} />
        </>
      )}
    </section>
  );
}

function Reports({ academyId }: { academyId: string }) {
  const { t } = useTranslation();
  const result = useKeptQuery(REPORTS, { academyId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const reports = result.data.myOutcomeReports;
  if (reports.length === 0) return <Paragraph>{t('outcomeReport.none')}</Paragraph>;
  return (
    <>
      {reports.map((report) => (
        <TeamReport
          key={report.trackedActionId}
          report={report}
          catalogue={result.data.circularMeasures}
          reload={result.reload}
        />
      ))}
    </>
  );
}

function OutcomeReportPageView({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const result = useQuery(ACADEMY, { slug });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { academy } = result.data;
  if (!academy) return <NotFoundPage />;
  return (
    <>
      <PageHeading>{t('outcomeReport.title', { academy: academy.title.text })}</PageHeading>
      <Paragraph mb="m">{t('outcomeReport.intro')}</Paragraph>
      <Reports academyId={academy.id} />
    </>
  );
}

/**
 * `/academies/:slug/outcome-report`: the organisation's outcome report on its pilot —
 * prefilled from the follow-up data, saved as a draft, submitted by the responsible person;
 * the rest of the team reads it.
 */
export function OutcomeReportPage() {
  const { slug = '' } = useParams();
  return <RequireSignIn>{() => <OutcomeReportPageView slug={slug} />}</RequireSignIn>;
}

export { OutcomeReportPage as Component };
