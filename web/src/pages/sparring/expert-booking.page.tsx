import { useState } from 'react';
import { Link as RouterDomLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  InlineAlert,
  Paragraph,
  RouterLink,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import { RoleGate } from '../admin/admin-parts';
import { useKeptQuery } from '../admin/use-admin-academy';
import {
  AgreedActionList,
  SPARRING_OUTCOME,
  SparringOutcomeView,
  type AgreedActionItem,
  type AppointmentOutcome,
} from './sparring-outcome';

const SAVE_SUMMARY = graphql(`
  mutation SaveAppointmentSummary($input: SaveAppointmentSummaryInput!) {
    saveAppointmentSummary(input: $input) {
      bookingId
    }
  }
`);

const ADD_ACTION = graphql(`
  mutation AddAgreedAction($input: AddAgreedActionInput!) {
    addAgreedAction(input: $input) {
      id
      title
    }
  }
`);

const UPDATE_ACTION = graphql(`
  mutation UpdateAgreedAction($input: UpdateAgreedActionInput!) {
    updateAgreedAction(input: $input) {
      id
      title
    }
  }
`);

const REMOVE_ACTION = graphql(`
  mutation RemoveAgreedAction($id: ID!) {
    removeAgreedAction(id: $id) {
      id
      title
    }
  }
`);

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

/** Runs one change at a time, with its note or its error. */
function useChange(reload: () => void) {
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function run(work: () => Promise<string>): Promise<boolean> {
    setPending(true);
    setError(null);
    setNotice(null);
    try {
      setNotice(await work());
      reload();
      return true;
    } catch (caught) {
      setError(asApiError(caught));
      return false;
    } finally {
      setPending(false);
    }
  }
  return { error, notice, pending, run };
}

function Notes({
  error,
  notice,
  fields,
}: {
  error: ApiError | null;
  notice: string | null;
  fields: string[];
}) {
  const onField = error && fields.some((field) => error.fieldMessage(field));
  return (
    <>
      {error && !onField && <ErrorAlert error={error} />}
      {notice && (
        <InlineAlert status="neutral" role="status" mb="m">
          {notice}
        </InlineAlert>
      )}
    </>
  );
}

function SummaryForm({ outcome, reload }: { outcome: AppointmentOutcome; reload: () => void }) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState(outcome.summary?.summary ?? '');
  const change = useChange(reload);
  const fieldError = change.error?.fieldMessage('input.summary');
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    void change.run(async () => {
      await request(SAVE_SUMMARY, { input: { bookingId: outcome.bookingId, summary } });
      return t('sparring.summarySaved');
    });
  };
  return (
    <form onSubmit={save} noValidate className="stack card">
      <Notes error={change.error} notice={change.notice} fields={['input.summary']} />
      <Textarea
        id="sparring-summary"
        labelText={t('sparring.summaryLabel')}
        hintText={t('sparring.summaryHint')}
        value={summary}
        onChange={(event) => setSummary(event.target.value)}
        status={fieldError ? 'error' : 'default'}
        statusText={fieldError}
        fullWidth
        rows={8}
      />
      <Button type="submit" disabled={change.pending || summary.trim() === ''}>
        {t('sparring.saveSummary')}
      </Button>
    </form>
  );
}

interface ActionFields {
  title: string;
  ownerParticipantId: string;
  dueDate: string;
}

/** Title, owner from the team and due date: adding a new action, or changing one. */
function ActionForm({
  outcome,
  initial,
  submitLabel,
  heading,
  onSubmit,
  onCancel,
  change,
}: {
  outcome: AppointmentOutcome;
  initial: ActionFields;
  submitLabel: string;
  heading: string;
  onSubmit: (fields: ActionFields) => Promise<boolean>;
  onCancel?: () => void;
  change: ReturnType<typeof useChange>;
}) {
  const { t } = useTranslation();
  const [fields, setFields] = useState(initial);
  const set = (key: keyof ActionFields) => (value: string) =>
    setFields((current) => ({ ...current, [key]: value }));
  const fieldError = (name: string) => change.error?.fieldMessage(`input.${name}`);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void onSubmit(fields).then((done) => {
      if (done && !onCancel) setFields(initial);
    });
  };
  const idPrefix = onCancel ? `edit-${initial.title}` : 'add';
  return (
    <form onSubmit={submit} noValidate className="stack card">
      <Heading variant="h3" mb="s">
        {heading}
      </Heading>
      <Notes
        error={change.error}
        notice={change.notice}
        fields={['input.title', 'input.ownerParticipantId', 'input.dueDate']}
      />
      <TextInput
        labelText={t('sparring.title')}
        name="title"
        value={fields.title}
        onChange={(value) => set('title')(String(value ?? ''))}
        status={fieldError('title') ? 'error' : 'default'}
        statusText={fieldError('title')}
        fullWidth
        mb="m"
      />
      <Dropdown
        id={`${idPrefix}-owner`}
        labelText={t('sparring.ownerLabel')}
        visualPlaceholder={t('sparring.chooseOwner')}
        value={fields.ownerParticipantId}
        onChange={set('ownerParticipantId')}
        status={fieldError('ownerParticipantId') ? 'error' : 'default'}
        statusText={fieldError('ownerParticipantId')}
      >
        {outcome.team.map((person) => (
          <DropdownItem key={person.participantId} value={person.participantId}>
            {person.name}
          </DropdownItem>
        ))}
      </Dropdown>
      <TextInput
        labelText={t('sparring.dueLabel')}
        hintText={t('sparring.dueHint')}
        name="dueDate"
        value={fields.dueDate}
        onChange={(value) => set('dueDate')(String(value ?? ''))}
        status={fieldError('dueDate') ? 'error' : 'default'}
        statusText={fieldError('dueDate')}
        mt="m"
        mb="m"
      />
      <div className="admin-actions">
        <Button
          type="submit"
          disabled={
            change.pending ||
            fields.title.trim() === '' ||
            fields.ownerParticipantId === '' ||
            fields.dueDate.trim() === ''
          }
        >
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('sparring.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

function ActionsEditor({ outcome, reload }: { outcome: AppointmentOutcome; reload: () => void }) {
  const { t } = useTranslation();
  const adding = useChange(reload);
  const editing = useChange(reload);
  const [editedId, setEditedId] = useState<string | null>(null);
  const edited = outcome.agreedActions.find((action) => action.id === editedId);

  const buttons = (action: Pick<AgreedActionItem, 'id' | 'title'>) => (
    <div className="admin-actions">
      <Button
        variant="secondary"
        aria-label={t('sparring.editFor', { title: action.title })}
        onClick={() => setEditedId(action.id)}
      >
        {t('sparring.edit')}
      </Button>
      <Button
        variant="secondaryNoBorder"
        disabled={editing.pending}
        aria-label={t('sparring.removeFor', { title: action.title })}
        onClick={() =>
          void editing.run(async () => {
            const { removeAgreedAction } = await request(REMOVE_ACTION, { id: action.id });
            return t('sparring.removed', { title: removeAgreedAction.title });
          })
        }
      >
        {t('sparring.remove')}
      </Button>
    </div>
  );

  return (
    <>
      <Heading variant="h2" mb="s">
        {t('sparring.actions')}
      </Heading>
      {!edited && <Notes error={editing.error} notice={editing.notice} fields={[]} />}
      <AgreedActionList actions={outcome.agreedActions} extra={buttons} />
      {edited && (
        <ActionForm
          key={edited.id}
          outcome={outcome}
          heading={t('sparring.editTitle')}
          submitLabel={t('sparring.save')}
          initial={{
            title: edited.title,
            ownerParticipantId: edited.owner.participantId,
            dueDate: edited.dueDate,
          }}
          change={editing}
          onCancel={() => setEditedId(null)}
          onSubmit={(fields) =>
            editing
              .run(async () => {
                const { updateAgreedAction } = await request(UPDATE_ACTION, {
                  input: { id: edited.id, ...fields, title: fields.title.trim() },
                });
                return t('sparring.saved', { title: updateAgreedAction.title });
              })
              .then((done) => {
                if (done) setEditedId(null);
                return done;
              })
          }
        />
      )}
      <ActionForm
        outcome={outcome}
        heading={t('sparring.addTitle')}
        submitLabel={t('sparring.add')}
        initial={{ title: '', ownerParticipantId: '', dueDate: '' }}
        change={adding}
        onSubmit={(fields) =>
          adding.run(async () => {
            const { addAgreedAction } = await request(ADD_ACTION, {
              input: { bookingId: outcome.bookingId, ...fields, title: fields.title.trim() },
            });
            return t('sparring.added', { title: addAgreedAction.title });
          })
        }
      />
    </>
  );
}

function ExpertBookingView({ bookingId }: { bookingId: string }) {
  const { t } = useTranslation();
  // Kept while it asks again after a change, so the change's note stays shown.
  const result = useKeptQuery(SPARRING_OUTCOME, { bookingId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error')
    return (
      <>
        <PageHeading>{t('sparring.expertTitleShort')}</PageHeading>
        <ErrorAlert error={result.error} />
      </>
    );
  const outcome = result.data.appointmentOutcome;
  return (
    <>
      <PageHeading>
        {t('sparring.expertTitle', { organisation: outcome.organisationName })}
      </PageHeading>
      {!outcome.canEdit ? (
        <>
          <InlineAlert status="neutral" mb="m">
            {t('sparring.readOnly')}
          </InlineAlert>
          <SparringOutcomeView outcome={outcome} />
        </>
      ) : !outcome.sessionHeld ? (
        <>
          <InlineAlert status="warning" mb="m">
            {t('sparring.notHeld')}
          </InlineAlert>
          <SparringOutcomeView outcome={outcome} />
        </>
      ) : (
        <>
          <SummaryForm outcome={outcome} reload={result.reload} />
          <ActionsEditor outcome={outcome} reload={result.reload} />
        </>
      )}
      <Paragraph mt="l">
        <RouterLink asComponent={RouterDomLink} to="/expert/slots">
          {t('consultations.expert.title')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

/** `/expert/bookings/:bookingId`: the slot's expert records the summary and agreed actions. */
export function ExpertBookingPage() {
  const { t } = useTranslation();
  const { bookingId = '' } = useParams();
  return (
    <RoleGate title={t('sparring.expertTitleShort')} roles={['ADMIN', 'EXPERT']}>
      <ExpertBookingView bookingId={bookingId} />
    </RoleGate>
  );
}

export { ExpertBookingPage as Component };
