import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useQuery } from '../../api/use-query';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { OutcomeReportView } from '../outcome-report/outcome-report-view';
import { MetricFigures } from './pilot-metrics';

const RESULTS = graphql(`
  query PublicResultsPage($slug: String!) {
    academy(slug: $slug) {
      id
      title {
        text
      }
    }
    publicResults(academySlug: $slug) {
      organisationName
      title {
        text
      }
      stage
      measuresApplied {
        key
        label {
          text
        }
      }
      metrics {
        name
        unit
        baseline
        target
        latestValue
        latestMeasuredOn
        progress
      }
      outcomeReport {
        procured
        criteriaText
        lessons
        measuresUsed {
          key
          label {
            text
          }
        }
        finalMetrics {
          name
          unit
          baseline
          target
          finalValue
          targetMet
        }
      }
    }
  }
`);

/**
 * `/academies/:slug/results` (no sign-in): the pilots whose organisation consented to share its
 * learnings and whose team published them (or whose outcome report gives permission to publish) —
 * stage, measures applied, metrics and the outcome report's non-personal fields, nothing else.
 */
export function ResultsPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const result = useQuery(RESULTS, { slug });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') {
    if (result.error.code === 'NOT_FOUND') return <NotFoundPage />;
    return <ErrorAlert error={result.error} />;
  }
  const { academy, publicResults } = result.data;
  if (!academy) return <NotFoundPage />;
  return (
    <>
      <PageHeading>{t('followUp.resultsTitle', { academy: academy.title.text })}</PageHeading>
      <Paragraph mb="m">{t('followUp.resultsIntro')}</Paragraph>
      {publicResults.length === 0 && <Paragraph>{t('followUp.noResults')}</Paragraph>}
      <div className="card-list">
        {publicResults.map((pilot, index) => {
          const headingId = `result-${index}`;
          return (
            <section key={index} className="card" aria-labelledby={headingId} data-testid="result">
              <Heading variant="h2" id={headingId} mb="s">
                {pilot.title.text}
              </Heading>
              <Paragraph mb="s">{pilot.organisationName}</Paragraph>
              <dl className="facts">
                <dt>{t('followUp.stage')}</dt>
                <dd>{t(`followUp.stages.${pilot.stage}`)}</dd>
              </dl>
              <Heading variant="h3" mt="m" mb="s">
                {t('followUp.measuresApplied')}
              </Heading>
              {pilot.measuresApplied.length === 0 ? (
                <Paragraph>{t('followUp.noMeasuresApplied')}</Paragraph>
              ) : (
                <ul data-testid="applied-measures">
                  {pilot.measuresApplied.map((measure) => (
                    <li key={measure.key}>{measure.label.text}</li>
                  ))}
                </ul>
              )}
              <Heading variant="h3" mt="m" mb="s">
                {t('followUp.metrics')}
              </Heading>
              {pilot.metrics.length === 0 ? (
                <Paragraph>{t('followUp.noMetrics')}</Paragraph>
              ) : (
                <ul className="plain-list">
                  {pilot.metrics.map((metric) => (
                    <li key={metric.name} data-testid="metric">
                      <MetricFigures
                        metric={{
                          ...metric,
                          id: metric.name,
                          latest:
                            metric.latestValue !== null && metric.latestValue !== undefined
                              ? {
                                  measuredOn: metric.latestMeasuredOn ?? '',
                                  value: metric.latestValue,
                                }
                              : null,
                          // Publicly only the latest value is shared: the chart shows it against the target.
                          measurements:
                            metric.latestValue !== null && metric.latestValue !== undefined
                              ? [
                                  {
                                    measuredOn: metric.latestMeasuredOn ?? '',
                                    value: metric.latestValue,
                                  },
                                ]
                              : [],
                        }}
                      />
                    </li>
                  ))}
                </ul>
              )}
              {pilot.outcomeReport && (
                <div data-testid="public-outcome-report">
                  <Heading variant="h3" mt="m" mb="s">
                    {t('outcomeReport.publicHeading')}
                  </Heading>
                  <OutcomeReportView report={pilot.outcomeReport} />
                </div>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}

export { ResultsPage as Component };
