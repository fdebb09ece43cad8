import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import { request } from '../../api/graphql-client';
import { graphql } from '../../gql';
import { MetricChart, type ChartMetric } from './metric-chart';
import { fieldMessage, type Outcome, type Run } from './pilot-outcome';

const ADD_METRIC = graphql(`
  mutation PilotAddMetric($input: AddMetricInput!) {
    addMetric(input: $input) {
      id
    }
  }
`);

const RECORD = graphql(`
  mutation PilotRecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) {
      id
    }
  }
`);

export type PilotMetric = ChartMetric & {
  id: string;
  progress?: number | null;
  latest?: { measuredOn: string; value: string } | null;
};

/** '0.5' → '50 %' in the reader's language. */
export const percent = (progress: number, language: string) =>
  new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(progress);

function RecordForm({
  pilotId,
  metric,
  outcome,
  pending,
  run,
}: {
  pilotId: string;
  metric: PilotMetric;
  outcome: Outcome | null;
  pending: boolean;
  run: Run;
}) {
  const { t } = useTranslation();
  const [measuredOn, setMeasuredOn] = useState('');
  const [value, setValue] = useState('');
  const form = `measurement:${metric.id}`;
  const dateError = fieldMessage(outcome, form, 'input.measuredOn');
  const valueError = fieldMessage(outcome, form, 'input.value');
  return (
    <form
      className="stack"
      noValidate
      data-testid="measurement-form"
      onSubmit={(event) => {
        event.preventDefault();
        run(form, async () => {
          await request(RECORD, {
            input: {
              trackedActionId: pilotId,
              metricId: metric.id,
              measuredOn: measuredOn.trim(),
              value: value.trim(),
            },
          });
          setMeasuredOn('');
          setValue('');
          return t('followUp.measurementRecorded', { name: metric.name });
        });
      }}
    >
      <TextInput
        labelText={t('followUp.measuredOn', { name: metric.name })}
        hintText={t('followUp.dueDateHint')}
        value={measuredOn}
        onChange={(next) => setMeasuredOn(String(next ?? ''))}
        status={dateError ? 'error' : 'default'}
        statusText={dateError}
      />
      <TextInput
        labelText={t('followUp.value', { unit: metric.unit })}
        value={value}
        onChange={(next) => setValue(String(next ?? ''))}
        status={valueError ? 'error' : 'default'}
        statusText={valueError}
      />
      <Button
        type="submit"
        variant="secondary"
        disabled={pending || measuredOn.trim() === '' || value.trim() === ''}
      >
        {t('followUp.record')}
      </Button>
    </form>
  );
}

/** One metric: its figures and the chart (used by the pilot page and the public results). */
export function MetricFigures({ metric }: { metric: PilotMetric }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <strong>
        {metric.name} ({metric.unit})
      </strong>
      <Paragraph>
        {t('followUp.metricFigures', {
          baseline: metric.baseline,
          target: metric.target,
          latest: metric.latest?.value ?? '–',
          unit: metric.unit,
        })}
        {metric.progress !== null &&
          metric.progress !== undefined &&
          ` · ${t('followUp.progress', { progress: percent(metric.progress, i18n.language) })}`}
      </Paragraph>
      <MetricChart metric={metric} />
    </>
  );
}

/** The pilot's metrics with charts; the team adds metrics and records measurements. */
export function PilotMetrics({
  pilotId,
  metrics,
  canEdit,
  outcome,
  pending,
  run,
}: {
  pilotId: string;
  metrics: PilotMetric[];
  canEdit: boolean;
  outcome: Outcome | null;
  pending: boolean;
  run: Run;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [baseline, setBaseline] = useState('');
  const [target, setTarget] = useState('');
  const ready = [name, unit, baseline, target].every((text) => text.trim() !== '');
  return (
    <>
      <Heading variant="h3" mt="m" mb="s">
        {t('followUp.metrics')}
      </Heading>
      {metrics.length === 0 ? (
        <Paragraph>{t('followUp.noMetrics')}</Paragraph>
      ) : (
        <ul className="plain-list" data-testid="metrics">
          {metrics.map((metric) => (
            <li key={metric.id} data-testid="metric">
              <MetricFigures metric={metric} />
              {canEdit && (
                <RecordForm
                  pilotId={pilotId}
                  metric={metric}
                  outcome={outcome}
                  pending={pending}
                  run={run}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form
          className="stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            run('metric', async () => {
              await request(ADD_METRIC, {
                input: {
                  trackedActionId: pilotId,
                  name: name.trim(),
                  unit: unit.trim(),
                  baseline: baseline.trim(),
                  target: target.trim(),
                },
              });
              setName('');
              setUnit('');
              setBaseline('');
              setTarget('');
              return t('followUp.metricAdded');
            });
          }}
        >
          <Heading variant="h4" mt="s" mb="s">
            {t('followUp.addMetric')}
          </Heading>
          <TextInput
            labelText={t('followUp.metricName')}
            value={name}
            onChange={(v) => setName(String(v ?? ''))}
            fullWidth
          />
          <TextInput
            labelText={t('followUp.metricUnit')}
            value={unit}
            onChange={(v) => setUnit(String(v ?? ''))}
          />
          <TextInput
            labelText={t('followUp.baseline')}
            value={baseline}
            onChange={(v) => setBaseline(String(v ?? ''))}
          />
          <TextInput
            labelText={t('followUp.target')}
            value={target}
            onChange={(v) => setTarget(String(v ?? ''))}
          />
          <Button type="submit" disabled={pending || !ready}>
            {t('followUp.addMetricButton')}
          </Button>
        </form>
      )}
    </>
  );
}
