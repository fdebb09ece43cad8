// The registration part of an event: seats, closing time, the reader's own place, and
// register / cancel. A component so that the event page (/academies/:slug/events/:eventId)
// can show it; registration.page.tsx shows it alone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Block, Button, Heading, Paragraph } from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { graphql } from '../../gql';

export const REGISTRATION_PANEL = graphql(`
  query RegistrationPanel($eventId: ID!) {
    eventRegistration(eventId: $eventId) {
      eventId
      capacity
      isOpen
      event {
        id
        status
      }
      registeredCount
      waitlistedCount
      seatsLeft
      inAudience
      closesAt {
        text
        zoneName
      }
      myRegistration {
        id
        status
        seatNo
        waitlistPosition
      }
    }
  }
`);

const REGISTER = graphql(`
  mutation RegisterForEventFromPanel($input: EventRegistrationInput!) {
    registerForEvent(input: $input) {
      eventId
    }
  }
`);

const CANCEL = graphql(`
  mutation CancelEventRegistrationFromPanel($input: EventRegistrationInput!) {
    cancelEventRegistration(input: $input) {
      eventId
    }
  }
`);

const asApiError = (caught: unknown): ApiError =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

/** Registration for one event, for a signed-in reader. Shows nothing when the event takes none. */
export function RegistrationPanel({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const result = useQuery(REGISTRATION_PANEL, { eventId });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const registration = result.data.eventRegistration;
  if (!registration) return null;
  const mine = registration.myRegistration;
  // A cancelled event: nothing to register for or cancel; the registrants were mailed.
  const cancelled = registration.event.status === 'CANCELLED';
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    setBusy(true);
    try {
      await work();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
      result.reload();
    }
  };
  const input = { input: { eventId } };
  return (
    <section className="card" aria-labelledby="registration-title" data-testid="registration-panel">
      <Heading variant="h2" id="registration-title">
        {t('registration.heading')}
      </Heading>
      <Paragraph mb="s" data-testid="registration-seats">
        {t('registration.seats', {
          registered: registration.registeredCount,
          capacity: registration.capacity,
          waitlisted: registration.waitlistedCount,
        })}
      </Paragraph>
      <Paragraph mb="m">
        {cancelled
          ? t('registration.eventCancelled')
          : registration.isOpen
            ? t('registration.closesAt', {
                at: registration.closesAt.text,
                zone: registration.closesAt.zoneName,
              })
            : t('registration.closed')}
      </Paragraph>
      {error && (
        <ErrorAlert
          error={error}
          overrides={{ ALREADY_REGISTERED: 'registration.error.ALREADY_REGISTERED' }}
        />
      )}
      <div role="status" data-testid="registration-status">
        {mine?.status === 'REGISTERED' && (
          <Paragraph mb="m">{t('registration.registered')}</Paragraph>
        )}
        {mine?.status === 'WAITLISTED' && (
          <Paragraph mb="m">
            {t('registration.waitlisted', { position: mine.waitlistPosition })}
          </Paragraph>
        )}
      </div>
      {!mine && !registration.inAudience && (
        <Paragraph mb="m">{t('registration.notInAudience')}</Paragraph>
      )}
      <Block mb="m">
        {!mine && registration.inAudience && registration.isOpen && (
          <Button disabled={busy} onClick={() => void act(() => request(REGISTER, input))}>
            {registration.seatsLeft > 0
              ? t('registration.register')
              : t('registration.joinWaitlist')}
          </Button>
        )}
        {mine && !cancelled && (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => void act(() => request(CANCEL, input))}
          >
            {mine.status === 'WAITLISTED'
              ? t('registration.leaveWaitlist')
              : t('registration.cancel')}
          </Button>
        )}
      </Block>
    </section>
  );
}
