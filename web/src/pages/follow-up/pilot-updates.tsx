import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  Textarea,
} from 'suomifi-ui-components';
import { request } from '../../api/graphql-client';
import { graphql } from '../../gql';
import type { TrackedActionStage } from '../../gql/graphql';
import { currentLanguage } from '../../i18n';
import { INTL_LOCALE } from '../../i18n/times';
import { fieldMessage, OutcomeAlert, type Outcome, type Run } from './pilot-outcome';

const WRITE_UPDATE = graphql(`
  mutation PilotWriteUpdate($input: WriteProgressUpdateInput!) {
    writeProgressUpdate(input: $input) {
      id
      stage
    }
  }
`);

const COMMENT_UPDATE = graphql(`
  mutation PilotCommentUpdate($input: CommentProgressUpdateInput!) {
    commentProgressUpdate(input: $input) {
      id
    }
  }
`);

export type PilotUpdate = {
  id: string;
  body: string;
  authorName?: string | null;
  writtenAt: string;
  stageChange?: { fromStage: TrackedActionStage; toStage: TrackedActionStage } | null;
  comments: Array<{ id: string; body: string; authorName?: string | null; writtenAt: string }>;
};

const STAGES: TrackedActionStage[] = ['NOT_STARTED', 'PLANNING', 'IMPLEMENTATION', 'DONE'];
// The dropdown's choice for "no stage change" (not a stage of the API).
const KEEP = 'KEEP';

/** An instant as date and time in the academy's zone, in the reader's language. */
const writtenAt = (instant: string, timeZone: string) =>
  new Intl.DateTimeFormat(INTL_LOCALE[currentLanguage()], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(instant));

const isUpdateForm = (form: string) => form === 'update';

function CommentForm({
  update,
  timeZone,
  outcome,
  pending,
  run,
}: {
  update: PilotUpdate;
  timeZone: string;
  outcome: Outcome | null;
  pending: boolean;
  run: Run;
}) {
  const { t } = useTranslation();
  const form = `comment:${update.id}`;
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const bodyError = fieldMessage(outcome, form, 'input.body');
  const when = writtenAt(update.writtenAt, timeZone);
  if (!open) {
    return (
      <Button
        variant="secondary"
        aria-label={t('followUp.commentOn', { author: update.authorName ?? '', when })}
        onClick={() => setOpen(true)}
      >
        {t('followUp.comment')}
      </Button>
    );
  }
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        run(form, async () => {
          await request(COMMENT_UPDATE, {
            input: { progressUpdateId: update.id, body: body.trim() },
          });
          setBody('');
          setOpen(false);
          return t('followUp.commentAdded');
        });
      }}
    >
      <Textarea
        labelText={t('followUp.commentLabel')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        status={bodyError ? 'error' : 'default'}
        statusText={bodyError}
        fullWidth
        rows={3}
      />
      <Button type="submit" disabled={pending || body.trim() === ''}>
        {t('followUp.sendComment')}
      </Button>
    </form>
  );
}

function UpdateEntry({
  update,
  timeZone,
  outcome,
  pending,
  run,
}: {
  update: PilotUpdate;
  timeZone: string;
  outcome: Outcome | null;
  pending: boolean;
  run: Run;
}) {
  const { t } = useTranslation();
  const headingId = `update-${update.id}`;
  const form = `comment:${update.id}`;
  return (
    <li data-testid="update" aria-labelledby={headingId} style={{ marginBottom: '1.5rem' }}>
      <strong id={headingId}>
        {writtenAt(update.writtenAt, timeZone)} · {update.authorName ?? t('followUp.formerUser')}
      </strong>
      {update.stageChange && (
        <Paragraph data-testid="update-stage">
          {t('followUp.stageMove', {
            from: t(`followUp.stages.${update.stageChange.fromStage}`),
            to: t(`followUp.stages.${update.stageChange.toStage}`),
          })}
        </Paragraph>
      )}
      <Paragraph className="pre-wrap">{update.body}</Paragraph>
      {update.comments.length > 0 && (
        <ul
          className="plain-list"
          style={{ marginLeft: '1.5rem' }}
          aria-label={t('followUp.comments')}
        >
          {update.comments.map((comment) => (
            <li key={comment.id} data-testid="comment">
              <em>
                {comment.authorName ?? t('followUp.formerUser')} ·{' '}
                {writtenAt(comment.writtenAt, timeZone)}
              </em>
              <Paragraph className="pre-wrap">{comment.body}</Paragraph>
            </li>
          ))}
        </ul>
      )}
      <OutcomeAlert outcome={outcome} forms={(name) => name === form} />
      <CommentForm
        update={update}
        timeZone={timeZone}
        outcome={outcome}
        pending={pending}
        run={run}
      />
    </li>
  );
}

/**
 * The pilot's progress updates (Tilannepäivitykset), newest first, with their comments. The
 * team writes an update, optionally moving the stage with it (the one way the page moves the
 * stage, so each move has its update); everyone who reads the pilot comments.
 */
export function PilotUpdates({
  pilotId,
  stage,
  updates,
  canEdit,
  timeZone,
  outcome,
  pending,
  run,
}: {
  pilotId: string;
  stage: TrackedActionStage;
  updates: PilotUpdate[];
  canEdit: boolean;
  timeZone: string;
  outcome: Outcome | null;
  pending: boolean;
  run: Run;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [nextStage, setNextStage] = useState<string>(KEEP);
  const bodyError = fieldMessage(outcome, 'update', 'input.body');
  return (
    <div data-testid="updates">
      <Heading variant="h3" mt="m" mb="s">
        {t('followUp.updates')}
      </Heading>
      {canEdit && (
        <form
          className="stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            run('update', async () => {
              const moveTo = nextStage === KEEP ? null : (nextStage as TrackedActionStage);
              await request(WRITE_UPDATE, {
                input: { trackedActionId: pilotId, body: body.trim(), stage: moveTo },
              });
              setBody('');
              setNextStage(KEEP);
              return moveTo
                ? t('followUp.updateWrittenStage', { stage: t(`followUp.stages.${moveTo}`) })
                : t('followUp.updateWritten');
            });
          }}
        >
          <Textarea
            labelText={t('followUp.updateText')}
            hintText={t('followUp.updateHint')}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            status={bodyError ? 'error' : 'default'}
            statusText={bodyError}
            fullWidth
            rows={4}
          />
          <Dropdown labelText={t('followUp.updateStage')} value={nextStage} onChange={setNextStage}>
            <DropdownItem value={KEEP}>
              {t('followUp.keepStage', { stage: t(`followUp.stages.${stage}`) })}
            </DropdownItem>
            {STAGES.filter((choice) => choice !== stage).map((choice) => (
              <DropdownItem key={choice} value={choice}>
                {t(`followUp.stages.${choice}`)}
              </DropdownItem>
            ))}
          </Dropdown>
          <OutcomeAlert outcome={outcome} forms={isUpdateForm} />
          <Button type="submit" disabled={pending || body.trim() === ''}>
            {t('followUp.writeUpdate')}
          </Button>
        </form>
      )}
      {updates.length === 0 ? (
        <Paragraph>{t('followUp.noUpdates')}</Paragraph>
      ) : (
        <ol className="plain-list" data-testid="update-list" style={{ marginTop: '1.5rem' }}>
          {updates.map((update) => (
            <UpdateEntry
              key={update.id}
              update={update}
              timeZone={timeZone}
              outcome={outcome}
              pending={pending}
              run={run}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
