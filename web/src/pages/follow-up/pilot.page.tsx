import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  TextInput,
} from 'suomifi-ui-components';
import { request } from '../../api/graphql-client';
import { useQuery } from '../../api/use-query';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { AcademyStatus, PilotPageQuery } from '../../gql/graphql';
import { useKeptQuery } from '../admin/use-admin-academy';
import { RequireSignIn } from '../../session/require-sign-in';
import { PilotMeasures } from './pilot-measures';
import { PilotMetrics } from './pilot-metrics';
import { asApiError, fieldMessage, OutcomeAlert, type Outcome } from './pilot-outcome';
import { PilotSharing } from './pilot-sharing';
import { PilotUpdates } from './pilot-updates';
import { FollowUpLinks } from './follow-up-links';

const PILOT_ACADEMY = graphql(`
  query PilotPageAcademy($slug: String!) {
    academy(slug: $slug) {
      id
      slug
      status
      timeZone
      title {
        text
      }
    }
  }
`);

const MY_TEAMS = graphql(`
  query PilotPageTeams($academyId: ID!) {
    myCohortTeams(academyId: $academyId) {
      organisation {
        id
        name
      }
      participants {
        id
        name
      }
    }
  }
`);

const PILOT = graphql(`
  query PilotPage($academyId: ID!, $organisationId: ID!) {
    pilot(academyId: $academyId, organisationId: $organisationId) {
      id
      organisationName
      title {
        text
      }
      description {
        text
      }
      category
      stage
      declaredOnSchedule
      derivedBehind
      onSchedule
      overdueTaskCount
      canEdit
      milestones {
        id
        title {
          text
        }
        plannedDate
        doneAt
        overdue
      }
      tasks {
        id
        title
        owner {
          name
        }
        dueDate
        doneAt
        overdue
      }
      measures {
        status
        note
        criterionText
        measure {
          id
        }
      }
      metrics {
        id
        name
        unit
        baseline
        target
        progress
        latest {
          measuredOn
          value
        }
        measurements {
          measuredOn
          value
        }
      }
      sharing {
        consent
        published
      }
      updates {
        id
        body
        authorName
        writtenAt
        stageChange {
          fromStage
          toStage
        }
        comments {
          id
          body
          authorName
          writtenAt
        }
      }
    }
  }
`);

const SET_SCHEDULE = graphql(`
  mutation PilotSetSchedule($input: SetDeclaredOnScheduleInput!) {
    setDeclaredOnSchedule(input: $input) {
      id
      declaredOnSchedule
    }
  }
`);

const ADD_TASK = graphql(`
  mutation PilotAddTask($input: AddTaskInput!) {
    addTrackedActionTask(input: $input) {
      id
    }
  }
`);

const COMPLETE_TASK = graphql(`
  mutation PilotCompleteTask($input: TaskIdInput!) {
    completeTrackedActionTask(input: $input) {
      id
    }
  }
`);

type Team = {
  organisation: { id: string; name: string };
  participants: Array<{ id: string; name: string }>;
};
type Pilot = PilotPageQuery['pilot'];
type Academy = {
  id: string;
  slug: string;
  status: AcademyStatus;
  timeZone: string;
  title: { text: string };
};

/** The page's heading over what it shows (the not-found page brings its own). */
function Titled({ academy, children }: { academy: Academy; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('followUp.title', { academy: academy.title.text })}</PageHeading>
      {children}
      <FollowUpLinks academy={academy} />
    </>
  );
}

// The forms whose outcome shows in the updates section, next to where it was sent.
const inUpdates = (form: string) => form === 'update' || form.startsWith('comment:');

/** 'YYYY-MM-DD' as the Finnish-style 31.12.2025. */
const shownDate = (date: string) => {
  const [year, month, day] = date.split('-');
  return `${Number(day)}.${Number(month)}.${year}`;
};

function PilotCard({
  academy,
  slug,
  team,
  pilot,
  reload,
}: {
  academy: Academy;
  slug: string;
  team: Team;
  pilot: Pilot;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [owner, setOwner] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState(false);

  async function run(form: string, work: () => Promise<string>) {
    setPending(true);
    setOutcome(null);
    try {
      setOutcome({ form, notice: await work() });
      reload();
    } catch (caught) {
      setOutcome({ form, error: asApiError(caught) });
    } finally {
      setPending(false);
    }
  }
  const runForm = (form: string, work: () => Promise<string>) => void run(form, work);

  const addTask = (event: React.FormEvent) => {
    event.preventDefault();
    void run('task', async () => {
      await request(ADD_TASK, {
        input: {
          trackedActionId: pilot.id,
          title: title.trim(),
          dueDate: dueDate.trim(),
          ownerParticipantId: owner || null,
        },
      });
      setTitle('');
      setDueDate('');
      setOwner('');
      return t('followUp.taskAdded');
    });
  };

  const titleError = fieldMessage(outcome, 'task', 'input.title');
  const dueError = fieldMessage(outcome, 'task', 'input.dueDate');
  const headingId = `pilot-${pilot.id}`;
  return (
    <section className="card" aria-labelledby={headingId} data-testid="pilot">
      <Heading variant="h2" id={headingId} mb="s">
        {pilot.title.text}
      </Heading>
      <Paragraph mb="s">{team.organisation.name}</Paragraph>
      {pilot.description.text && <Paragraph mb="s">{pilot.description.text}</Paragraph>}
      {!pilot.canEdit && (
        <Paragraph mb="s" data-testid="read-only">
          {t('followUp.readOnly')}
        </Paragraph>
      )}
      <OutcomeAlert outcome={outcome} forms={(form) => !inUpdates(form)} />
      <dl className="facts" data-testid="pilot-status">
        <dt>{t('followUp.stage')}</dt>
        <dd>{t(`followUp.stages.${pilot.stage}`)}</dd>
        <dt>{t('followUp.declared')}</dt>
        <dd>{pilot.declaredOnSchedule ? t('followUp.onSchedule') : t('followUp.notOnSchedule')}</dd>
        <dt>{t('followUp.derived')}</dt>
        <dd>
          {pilot.derivedBehind
            ? t('followUp.behind', { count: pilot.overdueTaskCount })
            : t('followUp.nothingLate')}
        </dd>
        <dt>{t('followUp.overall')}</dt>
        <dd>{pilot.onSchedule ? t('followUp.onSchedule') : t('followUp.notOnSchedule')}</dd>
      </dl>
      {pilot.canEdit && (
        <div className="stack">
          <Paragraph>{t('followUp.stageByUpdate')}</Paragraph>
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() =>
              void run('schedule', async () => {
                const onSchedule = !pilot.declaredOnSchedule;
                await request(SET_SCHEDULE, { input: { trackedActionId: pilot.id, onSchedule } });
                return onSchedule ? t('followUp.declaredOn') : t('followUp.declaredOff');
              })
            }
          >
            {pilot.declaredOnSchedule ? t('followUp.declareOff') : t('followUp.declareOn')}
          </Button>
        </div>
      )}
      <Heading variant="h3" mt="m" mb="s">
        {t('followUp.milestones')}
      </Heading>
      {pilot.milestones.length === 0 ? (
        <Paragraph>{t('followUp.noMilestones')}</Paragraph>
      ) : (
        <ul className="plain-list" data-testid="milestones">
          {pilot.milestones.map((milestone) => (
            <li key={milestone.id}>
              {milestone.title.text} · {shownDate(milestone.plannedDate)}
              {milestone.doneAt && ` · ${t('followUp.done')}`}
              {milestone.overdue && <strong> · {t('followUp.overdue')}</strong>}
            </li>
          ))}
        </ul>
      )}
      <Heading variant="h3" mt="m" mb="s">
        {t('followUp.tasks')}
      </Heading>
      {pilot.tasks.length === 0 ? (
        <Paragraph>{t('followUp.noTasks')}</Paragraph>
      ) : (
        <ul className="plain-list" data-testid="tasks">
          {pilot.tasks.map((task) => (
            <li key={task.id}>
              {task.title} · {t('followUp.due', { date: shownDate(task.dueDate) })}
              {task.owner && ` · ${task.owner.name}`}
              {task.doneAt && ` · ${t('followUp.done')}`}
              {task.overdue && <strong> · {t('followUp.overdue')}</strong>}
              {pilot.canEdit && !task.doneAt && (
                <>
                  {' '}
                  <Button
                    variant="secondary"
                    disabled={pending}
                    aria-label={t('followUp.completeFor', { title: task.title })}
                    onClick={() =>
                      void run('complete', async () => {
                        await request(COMPLETE_TASK, { input: { taskId: task.id } });
                        return t('followUp.taskDone', { title: task.title });
                      })
                    }
                  >
                    {t('followUp.complete')}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {pilot.canEdit && (
        <form onSubmit={addTask} noValidate className="stack" data-testid="task-form">
          <Heading variant="h3" mt="m" mb="s">
            {t('followUp.addTask')}
          </Heading>
          <TextInput
            labelText={t('followUp.taskTitle')}
            name="title"
            value={title}
            onChange={(value) => setTitle(String(value ?? ''))}
            status={titleError ? 'error' : 'default'}
            statusText={titleError}
            fullWidth
            mb="m"
          />
          <TextInput
            labelText={t('followUp.dueDate')}
            hintText={t('followUp.dueDateHint')}
            name="dueDate"
            value={dueDate}
            onChange={(value) => setDueDate(String(value ?? ''))}
            status={dueError ? 'error' : 'default'}
            statusText={dueError}
            mb="m"
          />
          <Dropdown
            labelText={t('followUp.owner')}
            optionalText={t('followUp.optional')}
            visualPlaceholder={t('followUp.chooseOwner')}
            value={owner}
            onChange={setOwner}
          >
            {team.participants.map((person) => (
              <DropdownItem key={person.id} value={person.id}>
                {person.name}
              </DropdownItem>
            ))}
          </Dropdown>
          <Button type="submit" disabled={pending || title.trim() === '' || dueDate.trim() === ''}>
            {t('followUp.add')}
          </Button>
        </form>
      )}
      <PilotMeasures
        academyId={academy.id}
        pilotId={pilot.id}
        measures={pilot.measures}
        canEdit={pilot.canEdit}
        pending={pending}
        run={runForm}
      />
      <PilotMetrics
        pilotId={pilot.id}
        metrics={pilot.metrics}
        canEdit={pilot.canEdit}
        outcome={outcome}
        pending={pending}
        run={runForm}
      />
      <PilotSharing
        pilotId={pilot.id}
        slug={slug}
        sharing={pilot.sharing}
        canEdit={pilot.canEdit}
        pending={pending}
        run={runForm}
      />
      <PilotUpdates
        pilotId={pilot.id}
        stage={pilot.stage}
        updates={pilot.updates}
        canEdit={pilot.canEdit}
        timeZone={academy.timeZone}
        outcome={outcome}
        pending={pending}
        run={runForm}
      />
    </section>
  );
}

function TeamPilot({ academy, slug, team }: { academy: Academy; slug: string; team: Team }) {
  const result = useKeptQuery(PILOT, {
    academyId: academy.id,
    organisationId: team.organisation.id,
  });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  return (
    <PilotCard
      academy={academy}
      slug={slug}
      team={team}
      pilot={result.data.pilot}
      reload={result.reload}
    />
  );
}

/**
 * Another organisation's pilot, read by an expert or admin (`?organisation=`): the API answers
 * it read-only (`canEdit` false) and NOT_FOUND to anyone else, shown as the not-found page.
 */
function OrganisationPilot({
  academy,
  slug,
  organisationId,
}: {
  academy: Academy;
  slug: string;
  organisationId: string;
}) {
  const result = useKeptQuery(PILOT, { academyId: academy.id, organisationId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') {
    return result.error.code === 'NOT_FOUND' ? (
      <NotFoundPage />
    ) : (
      <ErrorAlert error={result.error} />
    );
  }
  const { pilot } = result.data;
  const team = {
    organisation: { id: organisationId, name: pilot.organisationName ?? '' },
    participants: [],
  };
  return (
    <Titled academy={academy}>
      <PilotCard academy={academy} slug={slug} team={team} pilot={pilot} reload={result.reload} />
    </Titled>
  );
}

// An organisation id the API could answer; anything else is a page that does not exist.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function Pilots({
  academy,
  slug,
  organisationId,
}: {
  academy: Academy;
  slug: string;
  organisationId: string | null;
}) {
  const { t } = useTranslation();
  const result = useQuery(MY_TEAMS, { academyId: academy.id });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const teams = result.data.myCohortTeams;
  if (organisationId !== null) {
    // The team's own pilot by its address works as without it (with its participants).
    const own = teams.find((team) => team.organisation.id === organisationId);
    if (own) {
      return (
        <Titled academy={academy}>
          <TeamPilot academy={academy} slug={slug} team={own} />
        </Titled>
      );
    }
    if (!UUID.test(organisationId)) return <NotFoundPage />;
    return <OrganisationPilot academy={academy} slug={slug} organisationId={organisationId} />;
  }
  return (
    <Titled academy={academy}>
      {teams.length === 0 ? (
        <Paragraph>{t('followUp.none')}</Paragraph>
      ) : (
        teams.map((team) => (
          <TeamPilot key={team.organisation.id} academy={academy} slug={slug} team={team} />
        ))
      )}
    </Titled>
  );
}

function PilotView({ slug, organisationId }: { slug: string; organisationId: string | null }) {
  const result = useQuery(PILOT_ACADEMY, { slug });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { academy } = result.data;
  if (!academy) return <NotFoundPage />;
  return <Pilots academy={academy} slug={slug} organisationId={organisationId} />;
}

/**
 * `/academies/:slug/pilot`: my organisations' pilot procurements — stage, schedule,
 * milestones, tasks, measures, metrics, sharing and progress updates.
 * `/academies/:slug/pilot?organisation=<id>`: one organisation's pilot; experts and admins
 * read any pilot of the academy there (read-only, commenting on updates) — the experts'
 * dashboard links to this address.
 */
export function PilotPage() {
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const organisationId = params.get('organisation');
  return (
    <RequireSignIn>{() => <PilotView slug={slug} organisationId={organisationId} />}</RequireSignIn>
  );
}

export { PilotPage as Component };
