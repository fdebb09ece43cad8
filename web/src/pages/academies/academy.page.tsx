import { useEffect } from 'react';
import { Link as RouterDomLink, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Block, Heading, Link, Paragraph, RouterLink, Text } from 'suomifi-ui-components';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { TimelineEventItem } from '../../components/timeline-event-item';
import { graphql } from '../../gql';
import type { AcademyPageQuery } from '../../gql/graphql';
import { currentLanguage } from '../../i18n';
import { NotFoundPage } from '../../app/error-page';
import { FollowUpLinks } from '../follow-up/follow-up-links';

const ACADEMY = graphql(`
  query AcademyPage($slug: String!) {
    academy(slug: $slug) {
      id
      slug
      status
      enrolment
      timeZone
      title {
        text
      }
      description {
        text
      }
      dates {
        applicationOpensAt {
          text
        }
        applicationDeadline {
          text
        }
        consultationBookingDeadline {
          text
        }
        selectionAnnouncementAt {
          text
        }
      }
      eligibilityCriteria {
        id
        severity
        label {
          text
        }
        help {
          text
        }
      }
      events {
        id
        kind
        mode
        status
        place
        title {
          text
        }
        description {
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
    }
  }
`);

type Academy = NonNullable<AcademyPageQuery['academy']>;

function KeyDates({ academy }: { academy: Academy }) {
  const { t } = useTranslation();
  // An open programme has a sign-up window and no consultations or selection.
  const rows =
    academy.enrolment === 'OPEN'
      ? ([
          [t('enrolment.dates.opens'), academy.dates.applicationOpensAt.text],
          [t('enrolment.dates.deadline'), academy.dates.applicationDeadline.text],
        ] as const)
      : ([
          [t('academy.dates.opens'), academy.dates.applicationOpensAt.text],
          [t('academy.dates.deadline'), academy.dates.applicationDeadline.text],
          [t('academy.dates.consultationDeadline'), academy.dates.consultationBookingDeadline.text],
          [t('academy.dates.selection'), academy.dates.selectionAnnouncementAt.text],
        ] as const);
  return (
    <section aria-labelledby="dates-heading">
      <Heading variant="h2" id="dates-heading" mb="s">
        {t('academy.dates.title')}
      </Heading>
      <dl className="key-dates">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <Paragraph mb="l">
        <Text smallScreen>{t('academy.timeZoneNote', { timeZone: academy.timeZone })}</Text>
      </Paragraph>
    </section>
  );
}

function Criteria({ academy }: { academy: Academy }) {
  const { t } = useTranslation();
  if (academy.eligibilityCriteria.length === 0) return null;
  return (
    <section aria-labelledby="criteria-heading">
      <Heading variant="h2" id="criteria-heading" mb="s">
        {t('academy.criteria.title')}
      </Heading>
      <ol className="criteria">
        {academy.eligibilityCriteria.map((criterion) => (
          <li key={criterion.id}>
            <strong>{criterion.label.text}</strong>{' '}
            <span className="criterion-severity">
              ({t(`academy.criteria.severity.${criterion.severity}`)})
            </span>
            {criterion.help.text && <p>{criterion.help.text}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Timeline({ academy }: { academy: Academy }) {
  const { t } = useTranslation();
  const calendarUrl = `/calendar/academies/${encodeURIComponent(academy.slug)}.ics?locale=${currentLanguage()}`;
  return (
    <section aria-labelledby="timeline-heading">
      <Heading variant="h2" id="timeline-heading" mb="s">
        {t('academy.timeline.title')}
      </Heading>
      {academy.events.length === 0 ? (
        <Paragraph mb="s">{t('academy.timeline.empty')}</Paragraph>
      ) : (
        <ol className="timeline">
          {academy.events.map((event) => (
            <TimelineEventItem key={event.id} event={event}>
              {event.description.text && <Paragraph>{event.description.text}</Paragraph>}
              {event.status !== 'CANCELLED' && (
                <RouterLink
                  asComponent={RouterDomLink}
                  to={`/academies/${academy.slug}/events/${event.id}`}
                  aria-label={t('academy.timeline.detailsOf', { title: event.title.text })}
                >
                  {t('academy.timeline.details')}
                </RouterLink>
              )}
            </TimelineEventItem>
          ))}
        </ol>
      )}
      <Link href={calendarUrl} download={`${academy.slug}.ics`}>
        {t('academy.timeline.addToCalendar')}
      </Link>
    </section>
  );
}

/** `/academies/:slug` (and `#<eventId>` for one event): what the academy is and when. */
export function AcademyPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { hash } = useLocation();
  const result = useQuery(ACADEMY, { slug });

  const loaded = result.status === 'done';
  useEffect(() => {
    if (loaded && hash)
      document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [loaded, hash]);

  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { academy } = result.data;
  if (!academy) return <NotFoundPage />;
  return (
    <article>
      <RouterLink asComponent={RouterDomLink} to="/">
        {t('academy.backToList')}
      </RouterLink>
      <PageHeading>{academy.title.text}</PageHeading>
      <Block mb="l">
        {academy.description.text.split(/\n{2,}/).map((paragraph, index) => (
          <Paragraph key={index} mb="s">
            {paragraph}
          </Paragraph>
        ))}
      </Block>
      <Paragraph mb="l">
        <RouterLink
          asComponent={RouterDomLink}
          to={`/programmes/${encodeURIComponent(academy.slug)}`}
        >
          {t('programme.fromAcademy')}
        </RouterLink>
      </Paragraph>
      {academy.enrolment === 'OPEN' &&
        ['OPEN', 'SELECTION', 'RUNNING'].includes(academy.status) && (
          // No application: organisations sign up and take part at once.
          <Paragraph mb="l">
            <RouterLink
              asComponent={RouterDomLink}
              to={`/academies/${encodeURIComponent(academy.slug)}/sign-up`}
            >
              {t('enrolment.signUpLink')}
            </RouterLink>
          </Paragraph>
        )}
      {academy.enrolment === 'SELECTIVE' && academy.status === 'OPEN' && (
        // Where a new applicant starts: the form asks them to sign in first if they must.
        <Paragraph mb="l">
          <RouterLink
            asComponent={RouterDomLink}
            to={`/academies/${encodeURIComponent(academy.slug)}/application`}
          >
            {t('applicant.apply')}
          </RouterLink>
        </Paragraph>
      )}
      <FollowUpLinks academy={academy} />
      {academy.status === 'ALUMNI' && (
        // The alumni page tells a reader who is no alumnus so; the academy page stays public.
        <Paragraph mb="l">
          <RouterLink
            asComponent={RouterDomLink}
            to={`/academies/${encodeURIComponent(academy.slug)}/alumni`}
          >
            {t('alumni.link')}
          </RouterLink>
        </Paragraph>
      )}
      <KeyDates academy={academy} />
      <Criteria academy={academy} />
      <Timeline academy={academy} />
    </article>
  );
}

export { AcademyPage as Component };
