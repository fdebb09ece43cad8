import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Block, ExternalLink, Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useQuery } from '../../api/use-query';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { TimelineEventItem } from '../../components/timeline-event-item';
import { graphql } from '../../gql';
import type { ProgrammePublicPageQuery } from '../../gql/graphql';

const PROGRAMME = graphql(`
  query ProgrammePublicPage($slug: String!) {
    programmePage(slug: $slug) {
      academyId
      slug
      title {
        text
      }
      description {
        text
      }
      timeZone
      duration {
        startDate
        endDate
        text
      }
      budget {
        amount
        currency
        text
      }
      fundingSources {
        name {
          text
        }
        amount {
          text
        }
      }
      partners {
        name
        role {
          text
        }
        url
      }
      events {
        id
        mode
        status
        place
        title {
          text
        }
        start {
          text
          instant
        }
        end {
          text
        }
      }
      outcomes {
        id
        eventId
        eventTitle {
          text
        }
        title {
          text
        }
        body {
          text
        }
        links
      }
    }
  }
`);

type Programme = NonNullable<ProgrammePublicPageQuery['programmePage']>;

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n{2,}/)
        .filter((paragraph) => paragraph.trim().length > 0)
        .map((paragraph, index) => (
          <Paragraph key={index} mb="s">
            {paragraph}
          </Paragraph>
        ))}
    </>
  );
}

/** Duration, budget and funding: the facts a project page lists. */
function Facts({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const { duration, budget, fundingSources } = programme;
  if (!duration && !budget && fundingSources.length === 0) return null;
  return (
    <section aria-labelledby="facts-heading">
      <Heading variant="h2" id="facts-heading" mb="s">
        {t('programme.facts')}
      </Heading>
      <dl className="programme-facts">
        {duration && (
          <div>
            <dt>{t('programme.duration')}</dt>
            <dd data-testid="programme-duration">
              <time dateTime={duration.startDate}>{duration.text}</time>
            </dd>
          </div>
        )}
        {budget && (
          <div>
            <dt>{t('programme.budget')}</dt>
            <dd data-testid="programme-budget">{budget.text}</dd>
          </div>
        )}
        {fundingSources.length > 0 && (
          <div>
            <dt>{t('programme.funding')}</dt>
            <dd>
              <ul className="plain-list" data-testid="programme-funding">
                {fundingSources.map((source, index) => (
                  <li key={index}>
                    {source.name.text}
                    {source.amount ? ` — ${source.amount.text}` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

function Partners({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  if (programme.partners.length === 0) return null;
  return (
    <section aria-labelledby="partners-heading">
      <Heading variant="h2" id="partners-heading" mb="s">
        {t('programme.partners')}
      </Heading>
      <ul className="plain-list programme-partners" data-testid="programme-partners">
        {programme.partners.map((partner, index) => (
          <li key={index}>
            {partner.url ? (
              <ExternalLink href={partner.url} labelNewWindow={t('programme.newWindow')}>
                {partner.name}
              </ExternalLink>
            ) : (
              <strong>{partner.name}</strong>
            )}
            {partner.role.text ? <span> — {partner.role.text}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Timeline({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="programme-timeline-heading">
      <Heading variant="h2" id="programme-timeline-heading" mb="s">
        {t('programme.timeline')}
      </Heading>
      {programme.events.length === 0 ? (
        <Paragraph mb="l">{t('programme.noEvents')}</Paragraph>
      ) : (
        <ol className="timeline">
          {programme.events.map((event) => (
            <TimelineEventItem key={event.id} event={event} />
          ))}
        </ol>
      )}
      <Paragraph mb="l">{t('programme.timeZoneNote', { timeZone: programme.timeZone })}</Paragraph>
    </section>
  );
}

function Outcomes({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  if (programme.outcomes.length === 0) return null;
  return (
    <section aria-labelledby="outcomes-heading">
      <Heading variant="h2" id="outcomes-heading" mb="s">
        {t('programme.outcomes')}
      </Heading>
      <div className="card-list">
        {programme.outcomes.map((outcome) => (
          <article key={outcome.id} className="card" data-testid="programme-outcome">
            <Paragraph mb="xs">{outcome.eventTitle.text}</Paragraph>
            <Heading variant="h3" mb="s">
              {outcome.title.text}
            </Heading>
            {outcome.body.text && <Paragraphs text={outcome.body.text} />}
            {outcome.links.length > 0 && (
              <ul className="plain-list">
                {outcome.links.map((link) => (
                  <li key={link}>
                    <ExternalLink href={link} labelNewWindow={t('programme.newWindow')}>
                      {link}
                    </ExternalLink>
                  </li>
                ))}
              </ul>
            )}
          </article>
        ))}
      </div>
    </section>
  );
}

/**
 * `/programmes/:slug` (no sign-in): a programme's public page, as a project's own page would
 * present it — description, facts (duration, budget, funding), partners, the public timeline
 * and the outcomes the academy publishes. Nothing about people.
 */
export function ProgrammePage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const result = useQuery(PROGRAMME, { slug });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const programme = result.data.programmePage;
  if (!programme) return <NotFoundPage />;
  return (
    <article>
      <RouterLink
        asComponent={RouterDomLink}
        to={`/academies/${encodeURIComponent(programme.slug)}`}
      >
        {t('programme.toAcademy')}
      </RouterLink>
      <PageHeading>{programme.title.text}</PageHeading>
      <Block mb="l">
        <Paragraphs text={programme.description.text} />
      </Block>
      <Facts programme={programme} />
      <Partners programme={programme} />
      <Timeline programme={programme} />
      <Outcomes programme={programme} />
    </article>
  );
}

export { ProgrammePage as Component };
