import { useEffect, useState } from 'react';
import { Link as RouterDomLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Block,
  Button,
  Checkbox,
  CheckboxGroup,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  RouterLink,
  TextInput,
  Textarea,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { useQuery } from '../../api/use-query';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type {
  ExpertSlotsPageQuery,
  MyExpertSlotsQuery,
  PublishConsultationSlotsInput,
  SlotMode,
  Weekday,
} from '../../gql/graphql';
import { currentLanguage } from '../../i18n';
import { useSession } from '../../session/session';
import { byDay, dayText, timeRange } from './slot-times';
import './consultations.css';

const EXPERT_PAGE = graphql(`
  query ExpertSlotsPage {
    academies {
      id
      slug
      status
      timeZone
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

const ROUNDS = graphql(`
  query ExpertSlotRounds($academyId: ID!) {
    appointmentRounds(academyId: $academyId) {
      id
      purpose
      titleFi
      titleSv
      titleEn
    }
  }
`);

const MY_SLOTS = graphql(`
  query MyExpertSlots($academyId: ID!, $expertId: ID!, $roundId: ID) {
    consultationSlots(academyId: $academyId, expertId: $expertId, roundId: $roundId) {
      id
      startsAt
      endsAt
      mode
      place
      onlineUrl
      booking {
        id
        organisationName
        notes
        bookedBy {
          name
          email
        }
      }
    }
  }
`);

const PREVIEW = graphql(`
  query ConsultationSlotPreview($input: PublishConsultationSlotsInput!) {
    consultationSlotPreview(input: $input) {
      startsAt
      endsAt
      overlapsOwnSlot
    }
  }
`);

const PUBLISH = graphql(`
  mutation PublishConsultationSlotsFromPage($input: PublishConsultationSlotsInput!) {
    publishConsultationSlots(input: $input) {
      id
      startsAt
      endsAt
    }
  }
`);

const WITHDRAW = graphql(`
  mutation WithdrawConsultationSlotFromPage($input: SlotIdInput!) {
    withdrawConsultationSlot(input: $input) {
      id
      status
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateConsultationSlotFromPage($input: UpdateConsultationSlotInput!) {
    updateConsultationSlot(input: $input) {
      id
      mode
      place
      onlineUrl
    }
  }
`);

const NOTES = graphql(`
  mutation RecordConsultationNotesFromPage($input: RecordConsultationNotesInput!) {
    recordConsultationNotes(input: $input) {
      id
      notes
    }
  }
`);

type Academy = ExpertSlotsPageQuery['academies'][number];
type PreviewSlot = { startsAt: string; endsAt: string; overlapsOwnSlot: boolean };
type Slot = MyExpertSlotsQuery['consultationSlots'][number];

const WEEKDAYS: Weekday[] = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
];

const asApiError = (caught: unknown): ApiError =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

/** `3.5.2027` or `2027-05-03` → `2027-05-03`; anything else as typed (the API names it). */
export function isoDate(typed: string): string {
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(typed.trim());
  if (!finnish) return typed.trim();
  return `${finnish[3]}-${finnish[2].padStart(2, '0')}-${finnish[1].padStart(2, '0')}`;
}

/** `9`, `9.00`, `09:00` → `09:00`; anything else as typed. */
export function clock(typed: string): string {
  const match = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(typed.trim());
  if (!match) return typed.trim();
  return `${match[1].padStart(2, '0')}:${match[2] ?? '00'}`;
}

interface SeriesForm {
  from: string;
  to: string;
  dailyStart: string;
  dailyEnd: string;
  slotMinutes: string;
  bufferMinutes: string;
  weekdays: Weekday[];
  mode: SlotMode;
  place: string;
  onlineUrl: string;
}

function toInput(
  academyId: string,
  roundId: string | null,
  form: SeriesForm,
): PublishConsultationSlotsInput {
  return {
    academyId,
    // No round: the academy's consultation round, as before rounds existed.
    roundId,
    mode: form.mode,
    place: form.place.trim() || null,
    onlineUrl: form.onlineUrl.trim() || null,
    series: {
      from: isoDate(form.from),
      to: isoDate(form.to),
      dailyStart: clock(form.dailyStart),
      dailyEnd: clock(form.dailyEnd),
      slotMinutes: Number(form.slotMinutes),
      bufferMinutes: Number(form.bufferMinutes || 0),
      weekdays: form.weekdays,
    },
  };
}

function PublishForm({
  academy,
  roundId,
  onPublished,
}: {
  academy: Academy;
  roundId: string | null;
  onPublished: (count: number) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [form, setForm] = useState<SeriesForm>({
    from: '',
    to: '',
    dailyStart: '09:00',
    dailyEnd: '12:00',
    slotMinutes: '45',
    bufferMinutes: '15',
    weekdays: WEEKDAYS.slice(0, 5),
    mode: 'REMOTE' as SlotMode,
    place: '',
    onlineUrl: '',
  });
  // The answer remembers the input it previews: a newer input hides it at once.
  const [answer, setAnswer] = useState<{
    input: string;
    result: PreviewSlot[] | ApiError;
  } | null>(null);
  const [publishError, setPublishError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const set = (field: keyof SeriesForm) => (value: string | number | undefined) =>
    setForm((current) => ({ ...current, [field]: String(value ?? '') }));

  // The live preview is the API's own dry run of the same input: it cannot differ from
  // what the publish creates, and its refusals are the publish's.
  const ready = form.from !== '' && form.to !== '';
  const input = JSON.stringify(toInput(academy.id, roundId, form));
  useEffect(() => {
    if (!ready) return;
    let current = true;
    const timer = setTimeout(() => {
      request(PREVIEW, { input: JSON.parse(input) as PublishConsultationSlotsInput }).then(
        (data) => current && setAnswer({ input, result: data.consultationSlotPreview }),
        (caught: unknown) => current && setAnswer({ input, result: asApiError(caught) }),
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [ready, input, language]);

  async function publish(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setPublishError(null);
    try {
      const data = await request(PUBLISH, { input: toInput(academy.id, roundId, form) });
      onPublished(data.publishConsultationSlots.length);
    } catch (caught) {
      setPublishError(asApiError(caught));
    } finally {
      setPending(false);
    }
  }

  const preview = ready && answer?.input === input ? answer.result : null;
  const error = publishError ?? (preview instanceof ApiError ? preview : null);
  const fieldError = (field: string) => error?.fieldMessage(`input.${field}`);
  const statusOf = (field: string) => ({
    status: fieldError(field) ? ('error' as const) : ('default' as const),
    statusText: fieldError(field),
  });
  const shownElsewhere = error?.fieldErrors.some((problem) =>
    [
      'input.series.from',
      'input.series.to',
      'input.series.dailyStart',
      'input.series.dailyEnd',
      'input.series.slotMinutes',
      'input.series.bufferMinutes',
      'input.place',
      'input.onlineUrl',
    ].includes(problem.field),
  );
  const previewSlots = Array.isArray(preview) ? preview : null;

  return (
    <form className="expert-form" onSubmit={(event) => void publish(event)} noValidate>
      <Heading variant="h2" mb="s">
        {t('consultations.expert.publishTitle')}
      </Heading>
      <Paragraph mb="m">
        {t('consultations.slots.zone', {
          zone: academy.dates.consultationBookingDeadline.zoneName,
        })}
      </Paragraph>
      <div className="field-row">
        <TextInput
          labelText={t('consultations.expert.from')}
          hintText={t('consultations.expert.dateHint')}
          value={form.from}
          onChange={set('from')}
          {...statusOf('series.from')}
          mb="m"
        />
        <TextInput
          labelText={t('consultations.expert.to')}
          hintText={t('consultations.expert.dateHint')}
          value={form.to}
          onChange={set('to')}
          {...statusOf('series.to')}
          mb="m"
        />
      </div>
      <div className="field-row">
        <TextInput
          labelText={t('consultations.expert.dailyStart')}
          hintText={t('consultations.expert.timeHint')}
          value={form.dailyStart}
          onChange={set('dailyStart')}
          {...statusOf('series.dailyStart')}
          mb="m"
        />
        <TextInput
          labelText={t('consultations.expert.dailyEnd')}
          hintText={t('consultations.expert.timeHint')}
          value={form.dailyEnd}
          onChange={set('dailyEnd')}
          {...statusOf('series.dailyEnd')}
          mb="m"
        />
        <TextInput
          type="number"
          labelText={t('consultations.expert.slotMinutes')}
          value={form.slotMinutes}
          onChange={set('slotMinutes')}
          {...statusOf('series.slotMinutes')}
          mb="m"
        />
        <TextInput
          type="number"
          labelText={t('consultations.expert.bufferMinutes')}
          value={form.bufferMinutes}
          onChange={set('bufferMinutes')}
          {...statusOf('series.bufferMinutes')}
          mb="m"
        />
      </div>
      <CheckboxGroup labelText={t('consultations.expert.weekdays')} mb="m">
        {WEEKDAYS.map((weekday) => (
          <Checkbox
            key={weekday}
            checked={form.weekdays.includes(weekday)}
            onClick={({ checkboxState }) =>
              setForm((current) => ({
                ...current,
                weekdays: WEEKDAYS.filter((day) =>
                  day === weekday ? checkboxState : current.weekdays.includes(day),
                ),
              }))
            }
          >
            {t(`consultations.weekday.${weekday}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <RadioButtonGroup
        labelText={t('consultations.expert.mode')}
        name="mode"
        value={form.mode}
        onChange={(value) => setForm((current) => ({ ...current, mode: value as SlotMode }))}
        mb="m"
      >
        <RadioButton value="REMOTE">{t('consultations.mode.REMOTE')}</RadioButton>
        <RadioButton value="IN_PERSON">{t('consultations.mode.IN_PERSON')}</RadioButton>
      </RadioButtonGroup>
      <TextInput
        labelText={t('consultations.expert.place')}
        optionalText={form.mode === 'REMOTE' ? t('consultations.expert.optional') : undefined}
        value={form.place}
        onChange={set('place')}
        {...statusOf('place')}
        fullWidth
        mb="m"
      />
      <TextInput
        labelText={t('consultations.expert.onlineUrl')}
        optionalText={t('consultations.expert.optional')}
        type="url"
        value={form.onlineUrl}
        onChange={set('onlineUrl')}
        {...statusOf('onlineUrl')}
        fullWidth
        mb="m"
      />

      {error && !shownElsewhere && <ErrorAlert error={error} />}
      <section aria-labelledby="preview-heading" aria-live="polite">
        <Heading variant="h3" id="preview-heading" mb="xs">
          {t('consultations.expert.preview')}
        </Heading>
        {!ready && <Paragraph mb="m">{t('consultations.expert.previewHint')}</Paragraph>}
        {previewSlots && (
          <>
            <Paragraph mb="s" data-testid="preview-count">
              {t(
                previewSlots.length === 1
                  ? 'consultations.expert.previewOne'
                  : 'consultations.expert.previewMany',
                { count: previewSlots.length },
              )}
            </Paragraph>
            <ul className="preview-days" data-testid="preview">
              {byDay(previewSlots, academy.timeZone).map(({ day, slots }) => (
                <li key={day}>
                  {dayText(slots[0].startsAt, academy.timeZone, language)}:{' '}
                  {slots.map((slot, index) => (
                    <span
                      key={slot.startsAt}
                      className={slot.overlapsOwnSlot ? 'preview-overlap' : undefined}
                    >
                      {index > 0 ? ', ' : ''}
                      {timeRange(slot, academy.timeZone, language)}
                      {slot.overlapsOwnSlot ? ` (${t('consultations.expert.overlaps')})` : ''}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <Button type="submit" disabled={pending || !previewSlots || previewSlots.length === 0}>
        {t('consultations.expert.publish')}
      </Button>
    </form>
  );
}

function SlotItem({
  academy,
  slot,
  onChanged,
}: {
  academy: Academy;
  slot: Slot;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [error, setError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState(false);
  const [place, setPlace] = useState(slot.place ?? '');
  const [onlineUrl, setOnlineUrl] = useState(slot.onlineUrl ?? '');
  const [notes, setNotes] = useState(slot.booking?.notes ?? '');
  const [pending, setPending] = useState(false);
  const when = `${dayText(slot.startsAt, academy.timeZone, language)} ${timeRange(slot, academy.timeZone, language)}`;

  async function run(action: () => Promise<unknown>, message: string) {
    setPending(true);
    setError(null);
    try {
      await action();
      onChanged(message);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setPending(false);
    }
  }

  return (
    <li className="expert-slot" data-testid="expert-slot">
      <Paragraph>
        <strong>{timeRange(slot, academy.timeZone, language)}</strong> ·{' '}
        {t(`consultations.mode.${slot.mode}`)}
        {slot.place ? ` · ${slot.place}` : ''}
        {slot.onlineUrl ? ` · ${slot.onlineUrl}` : ''}
        {' · '}
        {slot.booking
          ? t('consultations.expert.bookedBy', {
              organisation: slot.booking.organisationName,
              person: slot.booking.bookedBy.name ?? slot.booking.bookedBy.email ?? '',
            })
          : t('consultations.expert.free')}
      </Paragraph>
      {error && <ErrorAlert error={error} />}
      {slot.booking && (
        <Paragraph mb="s">
          <RouterLink asComponent={RouterDomLink} to={`/expert/bookings/${slot.booking.id}`}>
            {t('rounds.expert.outcomeLink', { when })}
          </RouterLink>
        </Paragraph>
      )}
      {slot.booking && (
        <Block mb="s">
          <Textarea
            labelText={t('consultations.expert.notesFor', { when })}
            value={notes}
            onChange={(event) => setNotes(event.target.value)}
            fullWidth
            mb="xs"
            statusText={error?.fieldMessage('input.notes')}
            status={error?.fieldMessage('input.notes') ? 'error' : 'default'}
          />
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() =>
              void run(
                () => request(NOTES, { input: { bookingId: slot.booking!.id, notes } }),
                t('consultations.expert.notesSaved'),
              )
            }
          >
            {t('consultations.expert.saveNotes')}
          </Button>
        </Block>
      )}
      {editing ? (
        <Block mb="s">
          <TextInput
            labelText={t('consultations.expert.place')}
            value={place}
            onChange={(value) => setPlace(String(value ?? ''))}
            statusText={error?.fieldMessage('input.place')}
            status={error?.fieldMessage('input.place') ? 'error' : 'default'}
            fullWidth
            mb="s"
          />
          <TextInput
            labelText={t('consultations.expert.onlineUrl')}
            value={onlineUrl}
            onChange={(value) => setOnlineUrl(String(value ?? ''))}
            fullWidth
            mb="s"
          />
          <div className="consultation-actions">
            <Button
              disabled={pending}
              onClick={() =>
                void run(
                  () =>
                    request(UPDATE, {
                      input: {
                        slotId: slot.id,
                        place: place.trim() || null,
                        onlineUrl: onlineUrl.trim() || null,
                      },
                    }),
                  t('consultations.expert.updated'),
                )
              }
            >
              {t('consultations.expert.saveWhere')}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              {t('consultations.booking.cancelNo')}
            </Button>
          </div>
        </Block>
      ) : (
        <div className="consultation-actions">
          <Button
            variant="secondary"
            aria-label={`${t('consultations.expert.changeWhere')} ${when}`}
            onClick={() => setEditing(true)}
          >
            {t('consultations.expert.changeWhere')}
          </Button>
          {!slot.booking && (
            <Button
              variant="secondary"
              disabled={pending}
              aria-label={`${t('consultations.expert.withdraw')} ${when}`}
              onClick={() =>
                void run(
                  () => request(WITHDRAW, { input: { slotId: slot.id } }),
                  t('consultations.expert.withdrawn', { when }),
                )
              }
            >
              {t('consultations.expert.withdraw')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

function MySlots({
  academy,
  roundId,
  expertId,
  generation,
  onChanged,
}: {
  academy: Academy;
  roundId: string | null;
  expertId: string;
  generation: number;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const slots = useQuery(MY_SLOTS, { academyId: academy.id, expertId, roundId });
  const { reload } = slots;
  useEffect(() => {
    if (generation > 0) reload();
  }, [generation, reload]);
  return (
    <section aria-labelledby="my-slots-heading" className="expert-slots">
      <Heading variant="h2" id="my-slots-heading" mb="s">
        {t('consultations.expert.mySlots')}
      </Heading>
      {slots.status === 'loading' && <Loading />}
      {slots.status === 'error' && <ErrorAlert error={slots.error} />}
      {slots.status === 'done' && slots.data.consultationSlots.length === 0 && (
        <Paragraph>{t('consultations.expert.noSlots')}</Paragraph>
      )}
      {slots.status === 'done' &&
        byDay(slots.data.consultationSlots, academy.timeZone).map(({ day, slots: daySlots }) => (
          <div key={day} className="slot-day">
            <Heading variant="h3" mb="xs">
              {dayText(daySlots[0].startsAt, academy.timeZone, language)}
            </Heading>
            <ul className="slot-list-plain">
              {daySlots.map((slot) => (
                <SlotItem
                  key={`${slot.id}-${slot.booking?.notes ?? ''}`}
                  academy={academy}
                  slot={slot}
                  onChanged={onChanged}
                />
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}

/**
 * Which booking round the slots are for: the consultation round (no `roundId`, as before
 * rounds existed) or one of the academy's other rounds (sparring, follow-up meetings).
 */
function RoundChoice({
  academyId,
  roundId,
  onChange,
}: {
  academyId: string;
  roundId: string | null;
  onChange: (roundId: string | null) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const rounds = useQuery(ROUNDS, { academyId });
  if (rounds.status !== 'done') return null;
  const others = rounds.data.appointmentRounds.filter((round) => round.purpose !== 'CONSULTATION');
  if (others.length === 0) return null;
  const titleOf = (round: (typeof others)[number]) =>
    (language === 'sv' ? round.titleSv : language === 'en' ? round.titleEn : round.titleFi) ??
    round.titleFi ??
    t(`rounds.purpose.${round.purpose}`);
  return (
    <Dropdown
      labelText={t('consultations.expert.round')}
      value={roundId ?? CONSULTATION_ROUND}
      onChange={(value) => onChange(value === CONSULTATION_ROUND ? null : value)}
      mb="l"
    >
      <DropdownItem value={CONSULTATION_ROUND}>{t('rounds.purpose.CONSULTATION')}</DropdownItem>
      {others.map((round) => (
        <DropdownItem key={round.id} value={round.id}>
          {titleOf(round)}
        </DropdownItem>
      ))}
    </Dropdown>
  );
}

const CONSULTATION_ROUND = 'consultation';

function ExpertSlots({ expertId }: { expertId: string }) {
  const { t } = useTranslation();
  const result = useQuery(EXPERT_PAGE, {});
  const [academyId, setAcademyId] = useState<string | null>(null);
  const [roundId, setRoundId] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const academies = result.data.academies;
  // Until one is chosen: the first academy whose applications are open (where slots are
  // published and booked), else the newest.
  const academy =
    academies.find((candidate) => candidate.id === academyId) ??
    academies.find((candidate) => candidate.status === 'OPEN') ??
    academies[0];
  if (!academy) return <Paragraph>{t('consultations.expert.noAcademies')}</Paragraph>;
  const changed = (message: string) => {
    setDone(message);
    setGeneration((value) => value + 1);
  };
  return (
    <>
      <Dropdown
        labelText={t('consultations.expert.academy')}
        value={academy.id}
        onChange={(value) => {
          setAcademyId(value);
          setRoundId(null);
          setDone(null);
        }}
        mb="l"
      >
        {academies.map((candidate) => (
          <DropdownItem key={candidate.id} value={candidate.id}>
            {candidate.title.text}
          </DropdownItem>
        ))}
      </Dropdown>
      <RoundChoice
        key={`rounds-${academy.id}`}
        academyId={academy.id}
        roundId={roundId}
        onChange={(value) => {
          setRoundId(value);
          setDone(null);
        }}
      />
      <p role="status" className="consultation-status">
        {done}
      </p>
      <PublishForm
        key={`${academy.id}-${roundId ?? ''}`}
        academy={academy}
        roundId={roundId}
        onPublished={(count) =>
          changed(
            t(
              count === 1
                ? 'consultations.expert.publishedOne'
                : 'consultations.expert.publishedMany',
              { count },
            ),
          )
        }
      />
      <MySlots
        key={`slots-${academy.id}-${roundId ?? ''}`}
        academy={academy}
        roundId={roundId}
        expertId={expertId}
        generation={generation}
        onChanged={changed}
      />
    </>
  );
}

/** `/expert/slots`: an expert publishes slot series, sees their slots and bookings, notes. */
export function ExpertSlotsPage() {
  const { t } = useTranslation();
  const { person } = useSession();
  if (person === undefined) return <Loading />;
  const allowed = person?.roles.some((role) => role === 'EXPERT' || role === 'ADMIN');
  return (
    <>
      <PageHeading>{t('consultations.expert.title')}</PageHeading>
      {!person && (
        <>
          <Paragraph mb="m">{t('consultations.signInFirst')}</Paragraph>
          <RouterLink asComponent={RouterDomLink} to="/sign-in">
            {t('consultations.signIn')}
          </RouterLink>
        </>
      )}
      {person && !allowed && <Paragraph>{t('consultations.expert.notForYou')}</Paragraph>}
      {person && allowed && <ExpertSlots expertId={person.id} />}
    </>
  );
}

export { ExpertSlotsPage as Component };
