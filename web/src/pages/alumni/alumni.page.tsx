import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useQuery } from '../../api/use-query';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { AlumniAcademyQuery } from '../../gql/graphql';
import { RequireSignIn } from '../../session/require-sign-in';
import { RegistrationPanel } from '../registration/registration-panel';
import { Organisations, type Academy } from '../rounds/sparring-booking.page';
import '../consultations/consultations.css';

const ALUMNI_ACADEMY = graphql(`
  query AlumniAcademy($slug: String!) {
    academy(slug: $slug) {
      id
      slug
      status
      timeZone
      consultationChangeCutoffHours
      title {
        text
      }
      dates {
        consultationBookingDeadline {
          zoneName
        }
      }
      events {
        id
        kind
        audience
        status
        mode
        place
        onlineUrl
        title {
          text
        }
        description {
          text
        }
        start {
          text
          zoneName
        }
        end {
          text
        }
      }
    }
    myAlumniAcademies {
      id
    }
  }
`);

type AlumniEvent = NonNullable<AlumniAcademyQuery['academy']>['events'][number];

/** One alumni event: when, where, and its registration when it takes one. */
function AlumniEventItem({ event }: { event: AlumniEvent }) {
  const { t } = useTranslation();
  const headingId = `alumni-event-${event.id}`;
  return (
    <li className="card stack" aria-labelledby={headingId} data-testid="alumni-event">
      <Heading variant="h3" id={headingId} mb="xs">
        {event.title.text}
        {event.status === 'CANCELLED' ? ` (${t('alumni.cancelled')})` : ''}
      </Heading>
      <Paragraph mb="xs">
        {t('alumni.when', { start: event.start.text, end: event.end.text })} ({event.start.zoneName}
        )
      </Paragraph>
      <Paragraph mb="s">
        {t(`academy.timeline.mode.${event.mode}`)}
        {event.place ? ` · ${event.place}` : ''}
      </Paragraph>
      {event.description.text && <Paragraph mb="s">{event.description.text}</Paragraph>}
      {event.status === 'SCHEDULED' && <RegistrationPanel eventId={event.id} />}
    </li>
  );
}

function AlumniView({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const result = useQuery(ALUMNI_ACADEMY, { slug });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { academy, myAlumniAcademies } = result.data;
  if (!academy) return <NotFoundPage />;
  const heading = <PageHeading>{t('alumni.title', { academy: academy.title.text })}</PageHeading>;
  const back = (
    <RouterLink asComponent={RouterDomLink} to={`/academies/${academy.slug}`}>
      {t('alumni.back')}
    </RouterLink>
  );
  if (academy.status !== 'ALUMNI')
    return (
      <article>
        {heading}
        <Paragraph mb="m">{t('alumni.notEnded')}</Paragraph>
        {back}
      </article>
    );
  if (!myAlumniAcademies.some((alumni) => alumni.id === academy.id))
    return (
      <article>
        {heading}
        <Paragraph mb="m">{t('alumni.notAlumnus')}</Paragraph>
        {back}
      </article>
    );
  const events = academy.events.filter((event) => event.audience === 'ALUMNI');
  const shown: Academy = {
    id: academy.id,
    slug: academy.slug,
    timeZone: academy.timeZone,
    consultationChangeCutoffHours: academy.consultationChangeCutoffHours,
    zone: academy.dates.consultationBookingDeadline.zoneName,
  };
  return (
    <article>
      {heading}
      <Paragraph mb="m">{t('alumni.intro')}</Paragraph>
      <section aria-labelledby="alumni-events" className="stack">
        <Heading variant="h2" id="alumni-events" mb="s">
          {t('alumni.eventsTitle')}
        </Heading>
        {events.length === 0 ? (
          <Paragraph mb="m">{t('alumni.noEvents')}</Paragraph>
        ) : (
          <ul className="stack plain-list">
            {events.map((event) => (
              <AlumniEventItem key={event.id} event={event} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="alumni-follow-up" className="stack">
        <Heading variant="h2" id="alumni-follow-up" mb="s">
          {t('alumni.followUp.title')}
        </Heading>
        <Paragraph mb="m">{t('alumni.followUp.intro')}</Paragraph>
        <Organisations academy={shown} purpose="FOLLOW_UP" />
      </section>
      {back}
    </article>
  );
}

/**
 * `/academies/:slug/alumni`: for an ended academy's alumni, the alumni events (registering for
 * the alumni meeting) and booking their organisation's follow-up meeting.
 */
export function AlumniPage() {
  const { slug = '' } = useParams();
  return <RequireSignIn>{() => <AlumniView slug={slug} />}</RequireSignIn>;
}

export { AlumniPage as Component };
