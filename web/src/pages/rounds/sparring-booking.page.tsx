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
import { BookingActions } from '../consultations/booking-actions';
import type { SparringRoundsQuery } from '../../gql/graphql';
import { currentLanguage } from '../../i18n';
import { RequireSignIn } from '../../session/require-sign-in';
import { useKeptQuery } from '../admin/use-admin-academy';
import { byDay, dayText, slotText, timeRange } from '../consultations/slot-times';
import { SPARRING_OUTCOME, SparringOutcomeView } from '../sparring/sparring-outcome';
import { roundTitle } from './round-title';
import '../consultations/consultations.css';

const SPARRING_ACADEMY = graphql(`
  query SparringAcademy($slug: String!) {
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
          zoneName
        }
      }
    }
  }
`);

const MY_TEAMS = graphql(`
  query SparringTeams($academyId: ID!) {
    myCohortTeams(academyId: $academyId) {
      organisation {
        id
        name
      }
    }
  }
`);

const ROUNDS = graphql(`
  query SparringRounds($academyId: ID!, $organisationId: ID!) {
    appointmentRounds(academyId: $academyId) {
      id
      purpose
      isOpen
      bookingsPerOrganisation
      titleFi
      titleSv
      titleEn
      opensAt {
        text
      }
      closesAt {
        text
      }
      slots(onlyFree: true) {
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
      bookings(organisationId: $organisationId) {
        id
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
  }
`);

const BOOK = graphql(`
  mutation BookSparring($input: BookAppointmentInput!) {
    bookAppointment(input: $input) {
      id
    }
  }
`);

const RESCHEDULE = graphql(`
  mutation RescheduleSparring($input: RescheduleConsultationInput!) {
    rescheduleConsultation(input: $input) {
      id
    }
  }
`);

const CANCEL = graphql(`
  mutation CancelSparring($input: CancelConsultationInput!) {
    cancelConsultation(input: $input) {
      id
      status
    }
  }
`);

type Round = SparringRoundsQuery['appointmentRounds'][number];
type Booking = Round['bookings'][number];

/** The rounds this page books in: sparring here, the follow-up meeting on the alumni page. */
export type BookingPurpose = 'SPARRING' | 'FOLLOW_UP';

export interface Academy {
  id: string;
  slug: string;
  timeZone: string;
  consultationChangeCutoffHours: number;
  zone: string;
}

/** What the last change did, kept as a key and its slot so it reads in the current language. */
type Notice =
  { key: 'booked' | 'moved'; slot: { startsAt: string; endsAt: string } } | { key: 'cancelled' };

const asApiError = (caught: unknown): ApiError =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

function NoticeText({ notice, academy }: { notice: Notice; academy: Academy }) {
  const { t } = useTranslation();
  if (notice.key === 'cancelled') return t('rounds.sparring.cancelled');
  const when = `${slotText(notice.slot, academy.timeZone, currentLanguage())} (${academy.zone})`;
  return notice.key === 'booked'
    ? t('rounds.sparring.booked', { when })
    : t('rounds.sparring.moved', { when });
}

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

/** One booked session: before it, move or cancel; once held, its summary and agreed actions. */
function MySession({
  academy,
  purpose,
  booking,
  moving,
  onMove,
  onCancelled,
}: {
  academy: Academy;
  purpose: BookingPurpose;
  booking: Booking;
  moving: boolean;
  onMove: (moving: boolean) => void;
  onCancelled: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  // The API knows whether the session has been held (its clock, not the browser's).
  const outcome = useQuery(SPARRING_OUTCOME, { bookingId: booking.id });
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);

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

  const held = outcome.status === 'done' && outcome.data.appointmentOutcome.sessionHeld;
  return (
    <section aria-labelledby={`session-${booking.id}`} className="consultation-booking">
      <Heading variant="h3" id={`session-${booking.id}`} mb="s">
        {purpose === 'FOLLOW_UP' ? t('alumni.followUp.mine') : t('rounds.sparring.mine')}
      </Heading>
      <dl className="consultation-facts" data-testid="my-sparring">
        <div>
          <dt>{t('rounds.sparring.when')}</dt>
          <dd>
            {slotText(booking.slot, academy.timeZone, language)} ({academy.zone})
          </dd>
        </div>
        <div>
          <dt>{t('rounds.sparring.expert')}</dt>
          <dd>{booking.expert.name ?? booking.expert.email}</dd>
        </div>
        <div>
          <dt>{t('rounds.sparring.where')}</dt>
          <dd>
            <Where {...booking.slot} />
          </dd>
        </div>
      </dl>
      {outcome.status === 'loading' && <Loading />}
      {outcome.status === 'error' && <ErrorAlert error={outcome.error} />}
      {held && <SparringOutcomeView outcome={outcome.data.appointmentOutcome} headingLevel="h3" />}
      {outcome.status === 'done' && !held && (
        <>
          <Paragraph mb="m">
            {t('rounds.sparring.cutoff', { hours: academy.consultationChangeCutoffHours })}
          </Paragraph>
          {error && <ErrorAlert error={error} />}
          <BookingActions
            wording={purpose === 'FOLLOW_UP' ? 'followUp' : 'sparring'}
            confirming={confirming}
            onConfirming={setConfirming}
            moving={moving}
            onMove={onMove}
            pending={pending}
            onCancel={() => void cancel()}
          />
        </>
      )}
    </section>
  );
}

function FreeSlots({
  academy,
  round,
  organisationId,
  moving,
  onChanged,
  onFailed,
}: {
  academy: Academy;
  round: Round;
  organisationId: string;
  /** The booking being moved, if any. */
  moving: Booking | null;
  onChanged: (notice: Notice) => void;
  /** A refusal (SLOT_TAKEN, ALREADY_BOOKED, ROUND_CLOSED, …): shown by the round, which asks again. */
  onFailed: (error: ApiError) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [pending, setPending] = useState(false);

  async function choose(slot: { id: string; startsAt: string; endsAt: string }) {
    setPending(true);
    const times = { startsAt: slot.startsAt, endsAt: slot.endsAt };
    try {
      if (moving) {
        await request(RESCHEDULE, { input: { bookingId: moving.id, slotId: slot.id } });
        onChanged({ key: 'moved', slot: times });
      } else {
        await request(BOOK, { input: { organisationId, slotId: slot.id } });
        onChanged({ key: 'booked', slot: times });
      }
    } catch (caught) {
      onFailed(asApiError(caught));
    } finally {
      setPending(false);
    }
  }

  const headingId = `free-${round.id}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading variant="h3" id={headingId} mb="s">
        {moving ? t('rounds.sparring.moveTitle') : t('rounds.sparring.slotsTitle')}
      </Heading>
      <Paragraph mb="m">{t('rounds.sparring.zone', { zone: academy.zone })}</Paragraph>
      {round.slots.length === 0 && <Paragraph mb="m">{t('rounds.sparring.noSlots')}</Paragraph>}
      {byDay(round.slots, academy.timeZone).map(({ day, slots }) => (
        <div key={day} className="slot-day">
          <Heading variant="h4" mb="xs">
            {dayText(slots[0].startsAt, academy.timeZone, language)}
          </Heading>
          <ul className="slot-list">
            {slots.map((slot) => {
              const time = timeRange(slot, academy.timeZone, language);
              const label = moving ? t('rounds.sparring.moveHere') : t('rounds.sparring.book');
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

function RoundSection({
  academy,
  purpose,
  round,
  organisationId,
  onChanged,
  onFailed,
}: {
  academy: Academy;
  purpose: BookingPurpose;
  round: Round;
  organisationId: string;
  onChanged: (notice: Notice) => void;
  onFailed: () => void;
}) {
  const { t } = useTranslation();
  const [movingId, setMovingId] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const bookings = round.bookings.filter((booking) => booking.status === 'ACTIVE');
  const moving = bookings.find((booking) => booking.id === movingId) ?? null;
  const full = bookings.length >= round.bookingsPerOrganisation;
  const changed = (notice: Notice) => {
    setMovingId(null);
    setError(null);
    onChanged(notice);
  };
  const failed = (refusal: ApiError) => {
    setError(refusal);
    // Someone else may have taken the slot, or the round closed: show what holds now.
    onFailed();
  };
  const headingId = `round-${round.id}`;
  return (
    <section aria-labelledby={headingId} className="stack" data-testid="sparring-round">
      <Heading variant="h2" id={headingId} mb="s">
        {roundTitle(t, round)}
      </Heading>
      <Paragraph mb="m">
        {round.opensAt || round.closesAt
          ? t('rounds.sparring.window', {
              from: round.opensAt?.text ?? '…',
              to: round.closesAt?.text ?? '…',
              zone: academy.zone,
            })
          : t('rounds.sparring.noWindow')}{' '}
        {round.bookingsPerOrganisation === 1
          ? t('rounds.sparring.limitOne')
          : t('rounds.sparring.limitMany', { count: round.bookingsPerOrganisation })}
      </Paragraph>
      {error && <ErrorAlert error={error} />}
      {bookings.map((booking) => (
        <MySession
          key={booking.id}
          academy={academy}
          purpose={purpose}
          booking={booking}
          moving={booking.id === movingId}
          onMove={(on) => setMovingId(on ? booking.id : null)}
          onCancelled={() => changed({ key: 'cancelled' })}
        />
      ))}
      {!round.isOpen ? (
        <Paragraph mb="m">{t('rounds.sparring.closed')}</Paragraph>
      ) : (
        (moving || !full) && (
          <FreeSlots
            academy={academy}
            round={round}
            organisationId={organisationId}
            moving={moving}
            onChanged={changed}
            onFailed={failed}
          />
        )
      )}
      {round.isOpen && full && !moving && <Paragraph mb="m">{t('rounds.sparring.full')}</Paragraph>}
    </section>
  );
}

function OrganisationRounds({
  academy,
  purpose,
  organisationId,
  onNotice,
}: {
  academy: Academy;
  purpose: BookingPurpose;
  organisationId: string;
  onNotice: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  // Kept while it asks again after a change, so an error shown stays next to its slots.
  const result = useKeptQuery(ROUNDS, { academyId: academy.id, organisationId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const rounds = result.data.appointmentRounds.filter((round) => round.purpose === purpose);
  if (rounds.length === 0)
    return (
      <Paragraph mb="m">
        {purpose === 'FOLLOW_UP' ? t('alumni.followUp.noRound') : t('rounds.sparring.noRound')}
      </Paragraph>
    );
  return (
    <>
      {rounds.map((round) => (
        <RoundSection
          key={round.id}
          academy={academy}
          purpose={purpose}
          round={round}
          organisationId={organisationId}
          onChanged={(notice) => {
            onNotice(notice);
            result.reload();
          }}
          onFailed={result.reload}
        />
      ))}
    </>
  );
}

/** The caller's cohort organisations (a choice when several) and their rounds of `purpose`. */
export function Organisations({
  academy,
  purpose = 'SPARRING',
}: {
  academy: Academy;
  purpose?: BookingPurpose;
}) {
  const { t } = useTranslation();
  const teams = useQuery(MY_TEAMS, { academyId: academy.id });
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) status.current?.focus();
  }, [notice]);
  if (teams.status === 'loading') return <Loading />;
  if (teams.status === 'error') return <ErrorAlert error={teams.error} />;
  const organisations = teams.data.myCohortTeams.map((team) => team.organisation);
  const organisation =
    organisations.find((candidate) => candidate.id === chosenId) ?? organisations[0];
  if (!organisation)
    return (
      <Paragraph mb="m">
        {purpose === 'FOLLOW_UP'
          ? t('alumni.followUp.notAlumni')
          : t('rounds.sparring.notInCohort')}
      </Paragraph>
    );
  return (
    <>
      <p role="status" tabIndex={-1} ref={status} className="consultation-status">
        {notice && <NoticeText notice={notice} academy={academy} />}
      </p>
      <Paragraph mb="m">{t('rounds.sparring.for', { organisation: organisation.name })}</Paragraph>
      {organisations.length > 1 && (
        <Block className="consultation-actions" mb="m">
          {organisations.map((candidate) => (
            <Button
              key={candidate.id}
              variant={candidate.id === organisation.id ? 'default' : 'secondary'}
              aria-pressed={candidate.id === organisation.id}
              onClick={() => {
                setNotice(null);
                setChosenId(candidate.id);
              }}
            >
              {candidate.name}
            </Button>
          ))}
        </Block>
      )}
      <OrganisationRounds
        key={organisation.id}
        academy={academy}
        purpose={purpose}
        organisationId={organisation.id}
        onNotice={setNotice}
      />
    </>
  );
}

function SparringView({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const result = useQuery(SPARRING_ACADEMY, { slug });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { academy } = result.data;
  if (!academy) return <NotFoundPage />;
  const shown: Academy = {
    id: academy.id,
    slug: academy.slug,
    timeZone: academy.timeZone,
    consultationChangeCutoffHours: academy.consultationChangeCutoffHours,
    zone: academy.dates.consultationBookingDeadline.zoneName,
  };
  return (
    <article>
      <RouterLink asComponent={RouterDomLink} to={`/academies/${academy.slug}/team`}>
        {t('rounds.sparring.teamLink')}
      </RouterLink>
      <PageHeading>{t('rounds.sparring.title', { academy: academy.title.text })}</PageHeading>
      <Paragraph mb="m">{t('rounds.sparring.intro')}</Paragraph>
      <Organisations academy={shown} />
    </article>
  );
}

/** `/academies/:slug/sparring`: my organisation's sparring session: book, move, cancel; then its summary and actions. */
export function SparringBookingPage() {
  const { slug = '' } = useParams();
  return <RequireSignIn>{() => <SparringView slug={slug} />}</RequireSignIn>;
}

export { SparringBookingPage as Component };
