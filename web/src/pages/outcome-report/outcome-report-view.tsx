import { useTranslation } from 'react-i18next';

export interface ShownReport {
  procured: string;
  measuresUsed: Array<{ key: string; label: { text: string } }>;
  criteriaText: string;
  finalMetrics: Array<{
    name: string;
    unit: string;
    baseline: string;
    target: string;
    finalValue?: string | null;
    targetMet: boolean;
  }>;
  lessons: string;
}

/** A report's fields read-only: the team's view, the experts' columns and the public results. */
export function OutcomeReportView({ report }: { report: ShownReport }) {
  const { t } = useTranslation();
  const empty = <span>{t('outcomeReport.empty')}</span>;
  return (
    <dl className="facts" data-testid="outcome-report-fields">
      <dt>{t('outcomeReport.procured')}</dt>
      <dd style={{ whiteSpace: 'pre-line' }}>{report.procured || empty}</dd>
      <dt>{t('outcomeReport.measuresUsed')}</dt>
      <dd>
        {report.measuresUsed.length === 0
          ? empty
          : report.measuresUsed.map((measure) => measure.label.text).join(', ')}
      </dd>
      <dt>{t('outcomeReport.criteriaText')}</dt>
      <dd style={{ whiteSpace: 'pre-line' }}>{report.criteriaText || empty}</dd>
      <dt>{t('outcomeReport.finalMetrics')}</dt>
      <dd>
        {report.finalMetrics.length === 0 ? (
          empty
        ) : (
          <ul className="plain-list">
            {report.finalMetrics.map((metric) => (
              <li key={metric.name} data-testid="final-metric">
                {t('outcomeReport.finalVsTarget', {
                  name: metric.name,
                  value: metric.finalValue ?? '–',
                  target: metric.target,
                  baseline: metric.baseline,
                  unit: metric.unit,
                })}{' '}
                {metric.targetMet ? t('outcomeReport.targetMet') : t('outcomeReport.targetNotMet')}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('outcomeReport.lessons')}</dt>
      <dd style={{ whiteSpace: 'pre-line' }}>{report.lessons || empty}</dd>
    </dl>
  );
}
