// The academy's timeline: schedule an event, change its texts, place or link (`updateEvent`),
// move it (`rescheduleEvent`), cancel it (`cancelEvent`, kept as CANCELLED for calendars).
// Times are entered and shown in the academy's zone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { graphql } from '../../gql';
import type { EventKind, EventMode, EventStatus } from '../../gql/graphql';
import {
  ConfirmButton,
  DateTimeInputs,
  LocalizedInputs,
  dateTimeOf,
  emptyDateTime,
  emptyLocalized,
  fieldStatus,
  localInput,
  localizedInput,
  localizedOf,
  type LocalDateTime,
  type Localized,
} from './admin-parts';
import { MeetingSeriesForm } from './meeting-series-form';

const SCHEDULE_EVENT = graphql(`
  mutation AdminScheduleEvent($input: ScheduleEventInput!) {
    scheduleEvent(input: $input) {
      id
    }
  }
`);
const UPDATE_EVENT = graphql(`
  mutation AdminUpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      id
    }
  }
`);
const RESCHEDULE_EVENT = graphql(`
  mutation AdminRescheduleEvent($input: RescheduleEventInput!) {
    rescheduleEvent(input: $input) {
      id
    }
  }
`);
const CANCEL_EVENT = graphql(`
  mutation AdminCancelEvent($input: CancelEventInput!) {
    cancelEvent(input: $input) {
      id
    }
  }
`);

const KINDS: EventKind[] = [
  'KICKOFF',
  'WORKSHOP',
  'SPARRING',
  'CLOSING',
  'ALUMNI_MEETING',
  'FOLLOW_UP_MEETING',
  'OTHER',
];
const MODES: EventMode[] = ['IN_PERSON', 'REMOTE', 'HYBRID'];

interface EventData {
  id: string;
  kind: EventKind;
  mode: EventMode;
  status: EventStatus;
  place?: string | null;
  onlineUrl?: string | null;
  title: { text: string; fi: string; sv?: string | null; en?: string | null };
  start: { text: string; local: string };
  end: { text: string; local: string };
}

interface EventFormValues {
  kind: EventKind;
  mode: EventMode;
  title: Localized;
  place: string;
  onlineUrl: string;
  start: LocalDateTime;
  end: LocalDateTime;
}

const toError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

function EventForm({
  id,
  initial,
  isNew,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  id: string;
  initial: EventFormValues;
  isNew: boolean;
  submitLabel: string;
  onSubmit: (values: EventFormValues) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));
  return (
    <form
      className="admin-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        onSubmit(values).catch((caught: unknown) => setError(toError(caught)));
      }}
    >
      {error && <ErrorAlert error={error} />}
      {isNew && (
        <Dropdown
          id={`${id}-kind`}
          labelText={t('admin.timeline.field.kind')}
          value={values.kind}
          onChange={(kind) => set('kind', kind)}
        >
          {KINDS.map((kind) => (
            <DropdownItem key={kind} value={kind}>
              {t(`admin.timeline.kinds.${kind}`)}
            </DropdownItem>
          ))}
        </Dropdown>
      )}
      <LocalizedInputs
        id={`${id}-title`}
        label={t('admin.timeline.field.title')}
        value={values.title}
        onChange={(title) => set('title', title)}
        error={error}
        field="input.title"
      />
      <DateTimeInputs
        id={`${id}-start`}
        label={t('admin.timeline.field.start')}
        value={values.start}
        onChange={(start) => set('start', start)}
        error={error}
        field="input.startsAt"
      />
      <DateTimeInputs
        id={`${id}-end`}
        label={t('admin.timeline.field.end')}
        value={values.end}
        onChange={(end) => set('end', end)}
        error={error}
        field="input.endsAt"
      />
      <Dropdown
        id={`${id}-mode`}
        labelText={t('admin.timeline.field.mode')}
        value={values.mode}
        onChange={(mode) => set('mode', mode)}
      >
        {MODES.map((mode) => (
          <DropdownItem key={mode} value={mode}>
            {t(`academy.timeline.mode.${mode}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      <TextInput
        id={`${id}-place`}
        labelText={t('admin.timeline.field.place')}
        optionalText={t('admin.optional')}
        value={values.place}
        onChange={(place) => set('place', String(place ?? ''))}
        {...fieldStatus(error, 'input.place')}
      />
      <TextInput
        id={`${id}-online-url`}
        type="url"
        labelText={t('admin.timeline.field.onlineUrl')}
        optionalText={t('admin.optional')}
        value={values.onlineUrl}
        onChange={(onlineUrl) => set('onlineUrl', String(onlineUrl ?? ''))}
        {...fieldStatus(error, 'input.onlineUrl')}
      />
      <div className="admin-actions">
        <Button type="submit">{submitLabel}</Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('admin.confirm.back')}
          </Button>
        )}
      </div>
    </form>
  );
}

function EventRow({ event, onChanged }: { event: EventData; onChanged: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const cancelled = event.status === 'CANCELLED';
  const initial: EventFormValues = {
    kind: event.kind,
    mode: event.mode,
    title: localizedOf(event.title),
    place: event.place ?? '',
    onlineUrl: event.onlineUrl ?? '',
    start: dateTimeOf(event.start.local),
    end: dateTimeOf(event.end.local),
  };
  return (
    <li className="criterion-editor" data-testid="admin-event">
      <Heading variant="h3">{event.title.text}</Heading>
      <Paragraph mb="s">
        {t(`admin.timeline.kinds.${event.kind}`)} · {event.start.text} – {event.end.text} ·{' '}
        {t(`academy.timeline.mode.${event.mode}`)}
        {event.place ? ` · ${event.place}` : ''}
        {cancelled ? ` · ${t('academy.timeline.cancelled')}` : ''}
      </Paragraph>
      {error && <ErrorAlert error={error} />}
      {editing ? (
        <EventForm
          id={`event-${event.id}`}
          initial={initial}
          isNew={false}
          submitLabel={t('admin.timeline.save')}
          onCancel={() => setEditing(false)}
          onSubmit={async (values) => {
            await request(UPDATE_EVENT, {
              input: {
                eventId: event.id,
                title: localizedInput(values.title),
                mode: values.mode,
                place: values.place.trim() || null,
                onlineUrl: values.onlineUrl.trim() || null,
              },
            });
            const startsAt = localInput(values.start);
            const endsAt = localInput(values.end);
            if (startsAt !== localInput(initial.start) || endsAt !== localInput(initial.end)) {
              await request(RESCHEDULE_EVENT, { input: { eventId: event.id, startsAt, endsAt } });
            }
            setEditing(false);
            onChanged();
          }}
        />
      ) : (
        !cancelled && (
          <div className="admin-actions">
            <Button
              variant="secondary"
              aria-label={t('admin.timeline.editNamed', { title: event.title.text })}
              onClick={() => setEditing(true)}
            >
              {t('admin.timeline.edit')}
            </Button>
            <ConfirmButton
              id={`cancel-event-${event.id}`}
              label={t('admin.timeline.cancel')}
              title={t('admin.timeline.cancelTitle')}
              text={t('admin.timeline.cancelText', { title: event.title.text })}
              confirmLabel={t('admin.timeline.cancelConfirm')}
              onConfirm={async () => {
                setError(null);
                try {
                  await request(CANCEL_EVENT, { input: { eventId: event.id } });
                  onChanged();
                } catch (caught) {
                  setError(toError(caught));
                }
              }}
            />
          </div>
        )
      )}
    </li>
  );
}

export function TimelineEditor({
  academyId,
  timeZone,
  events,
  onChanged,
}: {
  academyId: string;
  timeZone: string;
  events: EventData[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="timeline-editor-heading" className="admin-section">
      <Heading variant="h2" id="timeline-editor-heading" mb="s">
        {t('admin.timeline.title')}
      </Heading>
      <Paragraph mb="s">{t('admin.timeline.zoneNote', { timeZone })}</Paragraph>
      {events.length === 0 && <Paragraph mb="s">{t('admin.timeline.empty')}</Paragraph>}
      <ol className="criteria-list">
        {events.map((event) => (
          <EventRow key={event.id} event={event} onChanged={onChanged} />
        ))}
      </ol>
      {adding ? (
        <>
          <Heading variant="h3" mb="s">
            {t('admin.timeline.newTitle')}
          </Heading>
          <EventForm
            id="new-event"
            isNew
            initial={{
              kind: 'WORKSHOP',
              mode: 'REMOTE',
              title: emptyLocalized(),
              place: '',
              onlineUrl: '',
              start: emptyDateTime(),
              end: emptyDateTime(),
            }}
            submitLabel={t('admin.timeline.schedule')}
            onCancel={() => setAdding(false)}
            onSubmit={async (values) => {
              await request(SCHEDULE_EVENT, {
                input: {
                  academyId,
                  kind: values.kind,
                  mode: values.mode,
                  title: localizedInput(values.title),
                  startsAt: localInput(values.start),
                  endsAt: localInput(values.end),
                  ...(values.place.trim() ? { place: values.place.trim() } : {}),
                  ...(values.onlineUrl.trim() ? { onlineUrl: values.onlineUrl.trim() } : {}),
                },
              });
              setAdding(false);
              onChanged();
            }}
          />
        </>
      ) : (
        <Button variant="secondary" onClick={() => setAdding(true)}>
          {t('admin.timeline.add')}
        </Button>
      )}
      <MeetingSeriesForm academyId={academyId} onPlanned={onChanged} />
    </section>
  );
}
