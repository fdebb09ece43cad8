import { useEffect, useRef, useState } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Block, Button, Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { useQuery } from '../../api/use-query';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { BookingActions } from './booking-actions';
import type { ConsultationBookingPageQuery } from '../../gql/graphql';
import { currentLanguage } from '../../i18n';
import { useSession } from '../../session/session';
import { byDay, dayText, instantText, slotText, timeRange } from './slot-times';
import './consultations.css';

const BOOKING_PAGE = graphql(`
  query ConsultationBookingPage($slug: String!) {
    academy(slug: $slug) {
      id
      slug
      timeZone
      consultationChangeCutoffHours
      title {
        text
      }
      dates {
        consultationBookingDeadline {
          text
          zoneName
        }
      }
    }
    myApplications {
      id
      academyId
      status
      organisation {
        name
      }
    }
    myConsultations {
      id
      applicationId
      status
      slot {
        id
        startsAt
        endsAt
        mode
        place
        onlineUrl
      }
      expert {
        name
        email
      }
    }
  }
`);

const FREE_SLOTS = graphql(`
  query ConsultationFreeSlots($academyId: ID!) {
    consultationSlots(academyId: $academyId) {
      id
      startsAt
      endsAt
      mode
      place
      expert {
        name
        email
      }
    }
  }
`);

const BOOK = graphql(`
  mutation BookConsultationFromPage($input: BookConsultationInput!) {
    bookConsultation(input: $input) {
      id
    }
  }
`);

const RESCHEDULE = graphql(`
  mutation RescheduleConsultationFromPage($input: RescheduleConsultationInput!) {
    rescheduleConsultation(input: $input) {
      id
    }
  }
`);

const CANCEL = graphql(`
  mutation CancelConsultationFromPage($input: CancelConsultationInput!) {
    cancelConsultation(input: $input) {
      id
      status
    }
  }
`);

type Page = ConsultationBookingPageQuery;
type Academy = NonNullable<Page['academy']>;
type Booking = Page['myConsultations'][number];

/**
 * What the last change did, kept as a key and its slot rather than as text, so that it is
 * written in the language (and the language's time format) of the moment it is read.
 */
type Notice =
  { key: 'booked' | 'moved'; slot: { startsAt: string; endsAt: string } } | { key: 'cancelled' };

function NoticeText({ notice, academy }: { notice: Notice; academy: Academy }) {
  const { t } = useTranslation();
  if (notice.key === 'cancelled') return t('consultations.booking.cancelled');
  const zone = academy.dates.consultationBookingDeadline.zoneName;
  const when = `${slotText(notice.slot, academy.timeZone, currentLanguage())} (${zone})`;
  return notice.key === 'booked'
    ? t('consultations.booking.booked', { when })
    : t('consultations.booking.moved', { when });
}

const asApiError = (caught: unknown): ApiError =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

/** Where the consultation happens, in words. */
function Where({
  mode,
  place,
  onlineUrl,
}: {
  mode: string;
  place?: string | null;
  onlineUrl?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      {t(`consultations.mode.${mode}`)}
      {place ? ` · ${place}` : ''}
      {onlineUrl ? (
        <>
          {' · '}
          <a href={onlineUrl}>{onlineUrl}</a>
        </>
      ) : null}
    </>
  );
}

function MyBooking({
  academy,
  booking,
  moving,
  onMove,
  onCancelled,
}: {
  academy: Academy;
  booking: Booking;
  moving: boolean;
  onMove: (moving: boolean) => void;
  onCancelled: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const zone = academy.dates.consultationBookingDeadline.zoneName;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  // The API's rule (consultationChangeCutoffHours before the start), said in advance; the
  // API still decides, and its message shows when the cut-off has passed.
  const cutoff = new Date(
    new Date(booking.slot.startsAt).getTime() - academy.consultationChangeCutoffHours * 3_600_000,
  );

  async function cancel() {
    setPending(true);
    setError(null);
    try {
      await request(CANCEL, { input: { bookingId: booking.id } });
      onCancelled();
    } catch (caught) {
      setError(asApiError(caught));
      setConfirming(false);
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="my-booking-heading" className="consultation-booking">
      <Heading variant="h2" id="my-booking-heading" mb="s">
        {t('consultations.booking.mine')}
      </Heading>
      <dl className="consultation-facts" data-testid="my-booking">
        <div>
          <dt>{t('consultations.booking.when')}</dt>
          <dd>
            {slotText(booking.slot, academy.timeZone, language)} ({zone})
          </dd>
        </div>
        <div>
          <dt>{t('consultations.booking.expert')}</dt>
          <dd>{booking.expert.name ?? booking.expert.email}</dd>
        </div>
        <div>
          <dt>{t('consultations.booking.where')}</dt>
          <dd>
            <Where {...booking.slot} />
          </dd>
        </div>
      </dl>
      <Paragraph mb="m">
        {t('consultations.booking.cutoff', {
          hours: academy.consultationChangeCutoffHours,
          until: `${instantText(cutoff, academy.timeZone, language)} (${zone})`,
        })}
      </Paragraph>
      {error && <ErrorAlert error={error} />}
      <BookingActions
        wording="consultation"
        confirming={confirming}
        onConfirming={setConfirming}
        moving={moving}
        onMove={onMove}
        pending={pending}
        onCancel={() => void cancel()}
      />
    </section>
  );
}

function FreeSlots({
  academy,
  applicationId,
  booking,
  moving,
  onChanged,
}: {
  academy: Academy;
  applicationId: string;
  booking: Booking | undefined;
  moving: boolean;
  onChanged: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const slots = useQuery(FREE_SLOTS, { academyId: academy.id });
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const zone = academy.dates.consultationBookingDeadline.zoneName;

  async function choose(slot: { id: string; startsAt: string; endsAt: string }) {
    setPending(true);
    setError(null);
    const times = { startsAt: slot.startsAt, endsAt: slot.endsAt };
    try {
      if (booking) {
        await request(RESCHEDULE, { input: { bookingId: booking.id, slotId: slot.id } });
        onChanged({ key: 'moved', slot: times });
      } else {
        await request(BOOK, { input: { applicationId, slotId: slot.id } });
        onChanged({ key: 'booked', slot: times });
      }
    } catch (caught) {
      setError(asApiError(caught));
      // Someone else may have taken the slot: show what is free now.
      slots.reload();
    } finally {
      setPending(false);
    }
  }

  if (booking && !moving) return null;
  return (
    <section aria-labelledby="free-slots-heading">
      <Heading variant="h2" id="free-slots-heading" mb="s">
        {booking ? t('consultations.slots.moveTitle') : t('consultations.slots.title')}
      </Heading>
      <Paragraph mb="m">
        {t('consultations.slots.zone', { zone })}{' '}
        {t('consultations.slots.deadline', {
          deadline: `${academy.dates.consultationBookingDeadline.text} (${zone})`,
        })}
      </Paragraph>
      {error && <ErrorAlert error={error} />}
      {slots.status === 'loading' && <Loading />}
      {slots.status === 'error' && <ErrorAlert error={slots.error} />}
      {slots.status === 'done' && slots.data.consultationSlots.length === 0 && (
        <Paragraph mb="m">{t('consultations.slots.none')}</Paragraph>
      )}
      {slots.status === 'done' &&
        byDay(slots.data.consultationSlots, academy.timeZone).map(({ day, slots: daySlots }) => (
          <div key={day} className="slot-day">
            <Heading variant="h3" mb="xs">
              {dayText(daySlots[0].startsAt, academy.timeZone, language)}
            </Heading>
            <ul className="slot-list">
              {daySlots.map((slot) => {
                const time = timeRange(slot, academy.timeZone, language);
                const label = booking
                  ? t('consultations.slots.moveHere')
                  : t('consultations.slots.book');
                return (
                  <li key={slot.id}>
                    <span className="slot-time">{time}</span>
                    <span>{slot.expert.name ?? slot.expert.email}</span>
                    <span>
                      <Where mode={slot.mode} place={slot.place} />
                    </span>
                    <Button
                      variant="secondary"
                      disabled={pending}
                      aria-label={`${label} ${dayText(slot.startsAt, academy.timeZone, language)} ${time}`}
                      onClick={() => void choose(slot)}
                    >
                      {label}
                    </Button>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
    </section>
  );
}

function Booking({
  academy,
  data,
  onChanged,
}: {
  academy: Academy;
  data: Page;
  onChanged: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const [moving, setMoving] = useState(false);
  const applications = data.myApplications.filter(
    (application) => application.academyId === academy.id && application.status !== 'WITHDRAWN',
  );
  const [chosenId, setChosenId] = useState<string | null>(null);
  const application =
    applications.find((candidate) => candidate.id === chosenId) ?? applications[0];
  const applicationLink = (
    <RouterLink asComponent={RouterDomLink} to={`/academies/${academy.slug}/application`}>
      {t('consultations.application')}
    </RouterLink>
  );
  if (!application) {
    return (
      <>
        <Paragraph mb="m">{t('consultations.noApplication')}</Paragraph>
        {applicationLink}
      </>
    );
  }
  const booking = data.myConsultations.find(
    (candidate) => candidate.applicationId === application.id && candidate.status === 'ACTIVE',
  );
  const changed = (notice: Notice) => {
    setMoving(false);
    onChanged(notice);
  };
  return (
    <>
      <Paragraph mb="m">
        {t('consultations.for', { organisation: application.organisation.name })}
      </Paragraph>
      {applications.length > 1 && (
        <Block className="consultation-actions" mb="m">
          {applications.map((candidate) => (
            <Button
              key={candidate.id}
              variant={candidate.id === application.id ? 'default' : 'secondary'}
              aria-pressed={candidate.id === application.id}
              onClick={() => setChosenId(candidate.id)}
            >
              {candidate.organisation.name}
            </Button>
          ))}
        </Block>
      )}
      {booking && (
        <MyBooking
          academy={academy}
          booking={booking}
          moving={moving}
          onMove={setMoving}
          onCancelled={() => changed({ key: 'cancelled' })}
        />
      )}
      <FreeSlots
        key={booking?.id ?? 'new'}
        academy={academy}
        applicationId={application.id}
        booking={booking}
        moving={moving}
        onChanged={changed}
      />
      <Block mt="l">{applicationLink}</Block>
    </>
  );
}

/** `/academies/:slug/consultation`: book, move or cancel the organisation's consultation. */
export function ConsultationBookingPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { person } = useSession();
  if (person === undefined) return <Loading />;
  if (!person) {
    return (
      <>
        <PageHeading>{t('consultations.title')}</PageHeading>
        <Paragraph mb="m">{t('consultations.signInFirst')}</Paragraph>
        <RouterLink asComponent={RouterDomLink} to="/sign-in">
          {t('consultations.signIn')}
        </RouterLink>
      </>
    );
  }
  return <SignedInBookingPage slug={slug} />;
}

function SignedInBookingPage({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const result = useQuery(BOOKING_PAGE, { slug });
  // What the last change did; it outlives the reload that follows the change, and takes the
  // focus (the button pressed is gone), so a screen reader reads it.
  const [done, setDone] = useState<Notice | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const loaded = result.status === 'done';
  useEffect(() => {
    if (loaded && done) status.current?.focus();
  }, [loaded, done]);
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { academy } = result.data;
  if (!academy) return <NotFoundPage />;
  return (
    <article>
      <RouterLink asComponent={RouterDomLink} to={`/academies/${academy.slug}`}>
        {academy.title.text}
      </RouterLink>
      <PageHeading>{t('consultations.title')}</PageHeading>
      <p role="status" tabIndex={-1} ref={status} className="consultation-status">
        {done && <NoticeText notice={done} academy={academy} />}
      </p>
      <Booking
        academy={academy}
        data={result.data}
        onChanged={(notice) => {
          setDone(notice);
          result.reload();
        }}
      />
    </article>
  );
}

export { ConsultationBookingPage as Component };
