import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { RequireSignIn } from '../../session/require-sign-in';
import { RegistrationPanel } from './registration-panel';

const REGISTRATION_PAGE = graphql(`
  query RegistrationPage($eventId: ID!) {
    eventRegistration(eventId: $eventId) {
      eventId
      event {
        id
        title {
          text
        }
        start {
          text
          zoneName
        }
        place
      }
    }
  }
`);

function Registration({ slug, eventId }: { slug: string; eventId: string }) {
  const { t } = useTranslation();
  const result = useQuery(REGISTRATION_PAGE, { eventId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const registration = result.data.eventRegistration;
  const back = (
    <RouterLink asComponent={RouterDomLink} to={`/academies/${slug}#${eventId}`}>
      {t('registration.back')}
    </RouterLink>
  );
  if (!registration)
    return (
      <>
        <PageHeading>{t('registration.title')}</PageHeading>
        <Paragraph mb="m">{t('registration.none')}</Paragraph>
        {back}
      </>
    );
  const { event } = registration;
  return (
    <>
      <PageHeading>{t('registration.titleFor', { event: event.title.text })}</PageHeading>
      <Paragraph mb="m">
        {t('registration.when', { start: event.start.text, zone: event.start.zoneName })}
        {event.place ? ` · ${event.place}` : ''}
      </Paragraph>
      <RegistrationPanel eventId={eventId} />
      {back}
    </>
  );
}

/** `/academies/:slug/events/:eventId/registration`: register for an event with limited seats. */
export function RegistrationPage() {
  const { slug = '', eventId = '' } = useParams();
  return <RequireSignIn>{() => <Registration slug={slug} eventId={eventId} />}</RequireSignIn>;
}

export { RegistrationPage as Component };
