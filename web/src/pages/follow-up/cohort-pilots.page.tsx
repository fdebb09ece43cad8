import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useQuery } from '../../api/use-query';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { CohortPilotsPageQuery } from '../../gql/graphql';
import { currentLanguage } from '../../i18n';
import { INTL_LOCALE } from '../../i18n/times';
import { RequireSignIn } from '../../session/require-sign-in';
import './follow-up-cohort.css';

const ACADEMY = graphql(`
  query CohortPilotsPageAcademy($slug: String!) {
    academy(slug: $slug) {
      id
      title {
        text
      }
    }
  }
`);

const SUMMARIES = graphql(`
  query CohortPilotsPage($academyId: ID!) {
    cohortPilotSummaries(academyId: $academyId) {
      trackedActionId
      organisationName
      title {
        text
      }
      stage
      published
      measures {
        key
        label {
          text
        }
        status
        criterionText
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
    }
    myCohortTeams(academyId: $academyId) {
      organisation {
        id
        name
      }
    }
  }
`);

const OWN_SHARING = graphql(`
  query CohortPilotsOwnSharing($academyId: ID!, $organisationId: ID!) {
    pilot(academyId: $academyId, organisationId: $organisationId) {
      id
      sharing {
        consent
      }
    }
  }
`);

type Summary = CohortPilotsPageQuery['cohortPilotSummaries'][number];

const percent = (share: number) =>
  new Intl.NumberFormat(INTL_LOCALE[currentLanguage()], {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);

/**
 * Whether the viewer's own organisation shares its pilot. The API lets every cohort
 * participant read the summary, consenting or not; without the consent the organisation's
 * own pilot is simply not in it, and the note says so.
 */
function OwnConsent({
  academyId,
  organisation,
}: {
  academyId: string;
  organisation: { id: string; name: string };
}) {
  const { t } = useTranslation();
  const result = useQuery(OWN_SHARING, { academyId, organisationId: organisation.id });
  if (result.status !== 'done') return null;
  const { consent } = result.data.pilot.sharing;
  return (
    <InlineAlert status={consent ? 'neutral' : 'warning'} mb="m" data-testid="own-consent">
      {consent
        ? t('followUpCohort.shared.ownConsented', { organisation: organisation.name })
        : t('followUpCohort.shared.ownNotConsented', { organisation: organisation.name })}
    </InlineAlert>
  );
}

function PilotCard({ pilot }: { pilot: Summary }) {
  const { t } = useTranslation();
  const headingId = `shared-${pilot.trackedActionId}`;
  return (
    <section className="card" aria-labelledby={headingId} data-testid="shared-pilot">
      <Heading variant="h2" id={headingId} mb="s">
        {pilot.organisationName}
      </Heading>
      <Paragraph mb="s">{pilot.title.text}</Paragraph>
      <dl className="facts">
        <dt>{t('followUp.stage')}</dt>
        <dd>{t(`followUp.stages.${pilot.stage}`)}</dd>
      </dl>
      {pilot.published && <Paragraph mt="s">{t('followUpCohort.shared.published')}</Paragraph>}
      <Heading variant="h3" mt="m" mb="s">
        {t('followUpCohort.shared.measures')}
      </Heading>
      {pilot.measures.length === 0 ? (
        <Paragraph>{t('followUpCohort.shared.noMeasures')}</Paragraph>
      ) : (
        <ul data-testid="shared-measures">
          {pilot.measures.map((measure) => (
            <li key={measure.key}>
              {measure.label.text} · {t(`followUp.measureStatuses.${measure.status}`)}
              {measure.criterionText && (
                <>
                  <br />
                  {t('followUpCohort.shared.criterion', { text: measure.criterionText })}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <Heading variant="h3" mt="m" mb="s">
        {t('followUpCohort.shared.metrics')}
      </Heading>
      {pilot.metrics.length === 0 ? (
        <Paragraph>{t('followUpCohort.shared.noMetrics')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {pilot.metrics.map((metric) => (
            <li key={metric.name}>
              {t('followUpCohort.shared.metricLine', {
                name: metric.name,
                baseline: metric.baseline,
                target: metric.target,
                latest: metric.latestValue ?? t('followUpCohort.shared.noValue'),
                unit: metric.unit,
              })}
              {metric.progress !== null &&
                metric.progress !== undefined &&
                ` · ${t('followUpCohort.shared.progress', { progress: percent(metric.progress) })}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Summaries({ academyId, slug }: { academyId: string; slug: string }) {
  const { t } = useTranslation();
  const result = useQuery(SUMMARIES, { academyId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error')
    return (
      <ErrorAlert
        error={result.error}
        overrides={{ FORBIDDEN: 'followUpCohort.shared.forbidden' }}
      />
    );
  const { cohortPilotSummaries: pilots, myCohortTeams: teams } = result.data;
  return (
    <>
      {teams.map(({ organisation }) => (
        <OwnConsent key={organisation.id} academyId={academyId} organisation={organisation} />
      ))}
      {pilots.length === 0 && <Paragraph mb="m">{t('followUpCohort.shared.empty')}</Paragraph>}
      <div className="card-list">
        {pilots.map((pilot) => (
          <PilotCard key={pilot.trackedActionId} pilot={pilot} />
        ))}
      </div>
      <Paragraph mt="l">
        <RouterLink asComponent={RouterDomLink} to={`/academies/${slug}/results`}>
          {t('followUpCohort.shared.resultsLink')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

function CohortPilots({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const result = useQuery(ACADEMY, { slug });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { academy } = result.data;
  if (!academy) return <NotFoundPage />;
  return (
    <>
      <PageHeading>{t('followUpCohort.shared.title', { academy: academy.title.text })}</PageHeading>
      <Paragraph mb="m">{t('followUpCohort.shared.intro')}</Paragraph>
      <Summaries academyId={academy.id} slug={slug} />
    </>
  );
}

/**
 * `/academies/:slug/cohort-pilots`: the shared summary (`cohortPilotSummaries`) — the pilots
 * of the cohort organisations that consented to share their learnings, for the cohort's
 * participants and the academy's staff; a note tells the viewer whether its own organisation
 * shares.
 */
export function CohortPilotsPage() {
  const { slug = '' } = useParams();
  return <RequireSignIn>{() => <CohortPilots slug={slug} />}</RequireSignIn>;
}

export { CohortPilotsPage as Component };
