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
  TextInput,
  Textarea,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { AdminDecisionsQuery, SelectionOutcome } from '../../gql/graphql';
import {
  DateTimeInputs,
  RoleGate,
  emptyDateTime,
  fieldStatus,
  localInput,
  type LocalDateTime,
} from '../admin/admin-parts';
import { useAcademyRef, useKeptQuery } from '../admin/use-admin-academy';

const DECISIONS = graphql(`
  query AdminDecisions($academyId: ID!, $slug: String!) {
    applications(academyId: $academyId, status: SUBMITTED, limit: 100, offset: 0) {
      total
      items {
        id
        organisation {
          id
          name
        }
      }
    }
    academy(slug: $slug) {
      id
      stagedDecisions {
        applicationId
        outcome
        reserveRank
        note
      }
      selectionReadiness {
        ready
        submitted
        accepted
        reserve
        rejected
        capacity
        problems {
          problem
          applicationId
          accepted
          capacity
          ranks
          deadline {
            text
          }
        }
      }
      selectionRelease {
        releaseAt {
          text
        }
        releasedAt
        scheduled
        overdue
      }
    }
  }
`);

const STAGE = graphql(`
  mutation AdminStageDecision($input: StageDecisionInput!) {
    stageDecision(input: $input) {
      applicationId
      outcome
      reserveRank
    }
  }
`);

const PUBLISH = graphql(`
  mutation AdminPublishSelection($input: PublishSelectionInput!) {
    publishSelection(input: $input) {
      releasedAt
      scheduled
    }
  }
`);

const OUTCOMES: SelectionOutcome[] = ['ACCEPTED', 'RESERVE', 'REJECTED'];
const NONE = 'NONE';

type Data = AdminDecisionsQuery;
type Staged = NonNullable<Data['academy']>['stagedDecisions'][number];
type Problem = NonNullable<Data['academy']>['selectionReadiness']['problems'][number];

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

function DecisionForm({
  applicationId,
  organisation,
  staged,
  locked,
  onSaved,
}: {
  applicationId: string;
  organisation: string;
  staged: Staged | undefined;
  locked: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<string>(staged?.outcome ?? NONE);
  const [rank, setRank] = useState(staged?.reserveRank ? String(staged.reserveRank) : '');
  const [note, setNote] = useState(staged?.note ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const id = `decision-${applicationId}`;
  // Released decisions are final: shown as text (disabled inputs would be hard to read).
  if (locked)
    return (
      <div id={applicationId} data-testid="decision-form">
        <Heading variant="h3">{organisation}</Heading>
        <Paragraph mb="m">
          {t(`decisions.outcome.${staged?.outcome ?? NONE}`)}
          {staged?.reserveRank ? ` ${staged.reserveRank}` : ''}
        </Paragraph>
      </div>
    );
  return (
    <form
      id={applicationId}
      className="admin-form"
      noValidate
      aria-label={t('decisions.formLabel', { organisation })}
      data-testid="decision-form"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        setSaved(false);
        if (outcome === NONE) return;
        const reserveRank = outcome === 'RESERVE' ? Number.parseInt(rank, 10) : null;
        request(STAGE, {
          input: {
            applicationId,
            outcome: outcome as SelectionOutcome,
            reserveRank: Number.isNaN(reserveRank) ? null : reserveRank,
            note: note.trim() || null,
          },
        }).then(
          () => {
            setSaved(true);
            onSaved();
          },
          (caught: unknown) => setError(asApiError(caught)),
        );
      }}
    >
      <Heading variant="h3">{organisation}</Heading>
      {error && <ErrorAlert error={error} />}
      <Dropdown
        id={`${id}-outcome`}
        labelText={t('decisions.outcomeLabel')}
        value={outcome}
        onChange={setOutcome}
        disabled={locked}
      >
        {[NONE, ...OUTCOMES].map((value) => (
          <DropdownItem key={value} value={value}>
            {t(`decisions.outcome.${value}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      {outcome === 'RESERVE' && (
        <TextInput
          id={`${id}-rank`}
          labelText={t('decisions.rank')}
          inputMode="numeric"
          value={rank}
          disabled={locked}
          onChange={(value) => setRank(String(value ?? ''))}
          {...fieldStatus(error, 'input.reserveRank')}
        />
      )}
      <Textarea
        id={`${id}-note`}
        labelText={t('decisions.note')}
        optionalText={t('decisions.optional')}
        hintText={t('decisions.noteHint')}
        value={note}
        disabled={locked}
        onChange={(event) => setNote(event.target.value)}
        fullWidth
      />
      {!locked && (
        <div className="admin-actions">
          <Button type="submit" disabled={outcome === NONE}>
            {t('decisions.save')}
          </Button>
          {saved && <Paragraph role="status">{t('decisions.saved')}</Paragraph>}
        </div>
      )}
    </form>
  );
}

function ProblemText({ problem, names }: { problem: Problem; names: Map<string, string> }) {
  const { t } = useTranslation();
  if (problem.problem === 'MISSING_DECISION')
    return (
      <>
        {t('decisions.problem.MISSING_DECISION', {
          organisation: names.get(problem.applicationId ?? '') ?? '',
        })}
      </>
    );
  if (problem.problem === 'OVER_CAPACITY')
    return (
      <>
        {t('decisions.problem.OVER_CAPACITY', {
          accepted: problem.accepted,
          capacity: problem.capacity,
        })}
      </>
    );
  const deadline = problem.deadline?.text ?? '';
  if (problem.problem === 'DEADLINE_NOT_PASSED')
    return <>{t('decisions.problem.DEADLINE_NOT_PASSED', { deadline })}</>;
  if (problem.problem === 'CONFIRMATION_DEADLINE_PAST')
    return <>{t('decisions.problem.CONFIRMATION_DEADLINE_PAST', { deadline })}</>;
  return <>{t('decisions.problem.RESERVE_RANKS', { ranks: (problem.ranks ?? []).join(', ') })}</>;
}

function PublishControls({
  academyId,
  data,
  onPublished,
}: {
  academyId: string;
  data: NonNullable<Data['academy']>;
  onPublished: () => void;
}) {
  const { t } = useTranslation();
  const [at, setAt] = useState<LocalDateTime>(emptyDateTime());
  const [error, setError] = useState<ApiError | null>(null);
  const publish = (when: string | null) => {
    setError(null);
    request(PUBLISH, { input: { academyId, ...(when ? { at: when } : {}) } }).then(
      onPublished,
      (caught: unknown) => setError(asApiError(caught)),
    );
  };
  return (
    <section aria-labelledby="publish-heading" className="page-section">
      <Heading variant="h2" id="publish-heading">
        {t('decisions.publishHeading')}
      </Heading>
      {error && <ErrorAlert error={error} />}
      <Paragraph mb="s">{t('decisions.publishHelp')}</Paragraph>
      <div className="admin-actions">
        <Button onClick={() => publish(null)}>{t('decisions.publishNow')}</Button>
      </div>
      <form
        className="admin-form"
        noValidate
        aria-label={t('decisions.scheduleLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          publish(localInput(at));
        }}
      >
        <DateTimeInputs
          id="release-at"
          label={t('decisions.scheduleAt')}
          value={at}
          onChange={setAt}
          error={error}
          field="input.at"
        />
        <div className="admin-actions">
          <Button type="submit" variant="secondary">
            {t('decisions.schedule')}
          </Button>
        </div>
      </form>
      {data.selectionReadiness.ready ? null : (
        <Paragraph mt="m">{t('decisions.notReadyYet')}</Paragraph>
      )}
    </section>
  );
}

function DecisionsView({
  academyId,
  slug,
  title,
}: {
  academyId: string;
  slug: string;
  title: string;
}) {
  const { t } = useTranslation();
  const result = useKeptQuery(DECISIONS, { academyId, slug });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const academy = result.data.academy;
  if (!academy) return <NotFoundPage />;
  const items = result.data.applications.items;
  const names = new Map(items.map((item) => [item.id, item.organisation.name]));
  const staged = new Map(
    academy.stagedDecisions.map((decision) => [decision.applicationId, decision]),
  );
  const readiness = academy.selectionReadiness;
  const release = academy.selectionRelease;
  const released = Boolean(release?.releasedAt);
  return (
    <>
      <RouterLink asComponent={RouterDomLink} to={`/admin/academies/${academy.id}/selection`}>
        {t('decisions.toBoard')}
      </RouterLink>
      <PageHeading>{t('decisions.title', { academy: title })}</PageHeading>
      <section aria-labelledby="status-heading" className="page-section">
        <Heading variant="h2" id="status-heading">
          {t('decisions.statusHeading')}
        </Heading>
        <Paragraph data-testid="decision-counts">
          {t('decisions.counts', {
            submitted: readiness.submitted,
            accepted: readiness.accepted,
            capacity: readiness.capacity,
            reserve: readiness.reserve,
            rejected: readiness.rejected,
          })}
        </Paragraph>
        {release?.releasedAt ? (
          <InlineAlert status="neutral" role="status" mb="m">
            {t('decisions.released', { at: release.releaseAt.text })}
          </InlineAlert>
        ) : release?.scheduled ? (
          <InlineAlert status="neutral" role="status" mb="m">
            {t('decisions.scheduled', { at: release.releaseAt.text })}
          </InlineAlert>
        ) : release?.overdue ? (
          <InlineAlert status="warning" role="status" mb="m">
            {t('decisions.overdue', { at: release.releaseAt.text })}
          </InlineAlert>
        ) : null}
        {readiness.problems.length > 0 && (
          <InlineAlert status="warning" mb="m" labelText={t('decisions.problemsHeading')}>
            <ul data-testid="readiness-problems">
              {readiness.problems.map((problem, index) => (
                <li key={index}>
                  <ProblemText problem={problem} names={names} />
                </li>
              ))}
            </ul>
          </InlineAlert>
        )}
      </section>
      {!released && (
        <PublishControls academyId={academyId} data={academy} onPublished={result.reload} />
      )}
      <section aria-labelledby="applications-heading" className="page-section">
        <Heading variant="h2" id="applications-heading">
          {t('decisions.applicationsHeading', { count: items.length })}
        </Heading>
        {items.length === 0 && <Paragraph>{t('decisions.none')}</Paragraph>}
        {items.map((item) => (
          <DecisionForm
            key={item.id}
            applicationId={item.id}
            organisation={item.organisation.name}
            staged={staged.get(item.id)}
            locked={released}
            onSaved={result.reload}
          />
        ))}
      </section>
    </>
  );
}

function Decisions() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const ref = useAcademyRef(id);
  if (ref.status === 'loading') return <Loading />;
  if (ref.status === 'error') return <ErrorAlert error={ref.error} />;
  if (!ref.academy) return <NotFoundPage />;
  return (
    <DecisionsView
      academyId={ref.academy.id}
      slug={ref.academy.slug}
      title={ref.academy.title.text ?? t('decisions.academy')}
    />
  );
}

export function Component() {
  const { t } = useTranslation();
  return (
    <RoleGate title={t('decisions.gateTitle')}>
      <Decisions />
    </RoleGate>
  );
}
