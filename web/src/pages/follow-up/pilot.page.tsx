import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  InlineAlert,
  Paragraph,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, request } from '../../api/graphql-client';
import { useQuery } from '../../api/use-query';
import { NotFoundPage } from '../../app/error-page';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { graphql } from '../../gql';
import type { PilotPageQuery, TrackedActionStage } from '../../gql/graphql';
import { useKeptQuery } from '../admin/use-admin-academy';
import { RequireSignIn } from '../../session/require-sign-in';
import { PilotMeasures } from './pilot-measures';
import { PilotMetrics } from './pilot-metrics';
import { PilotSharing } from './pilot-sharing';

const PILOT_ACADEMY = graphql(`
  query PilotPageAcademy($slug: String!) {
    academy(slug: $slug) {
      id
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
    }
  }
`);

const SET_STAGE = graphql(`
  mutation PilotSetStage($input: SetTrackedActionStageInput!) {
    setTrackedActionStage(input: $input) {
      id
      stage
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

const STAGES: TrackedActionStage[] = ['NOT_STARTED', 'PLANNING', 'IMPLEMENTATION', 'DONE'];

const asApiError = (caught: unknown) =>
  caught instanceof ApiError ? caught : new ApiError('NETWORK', String(caught));

/** 'YYYY-MM-DD' as the Finnish-style 31.12.2025. */
const shownDate = (date: string) => {
  const [year, month, day] = date.split('-');
  return `${Number(day)}.${Number(month)}.${year}`;
};

function PilotCard({
  academyId,
  slug,
  team,
  pilot,
  reload,
}: {
  academyId: string;
  slug: string;
  team: Team;
  pilot: Pilot;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [owner, setOwner] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function run(work: () => Promise<string>) {
    setPending(true);
    setError(null);
    setNotice(null);
    try {
      setNotice(await work());
      reload();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setPending(false);
    }
  }

  const addTask = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
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

  const dueError = error?.code === 'INVALID_DATE' ? error.message : undefined;
  const headingId = `pilot-${pilot.id}`;
  return (
    <section className="card" aria-labelledby={headingId} data-testid="pilot">
      <Heading variant="h2" id={headingId} mb="s">
        {pilot.title.text}
      </Heading>
      <Paragraph mb="s">{team.organisation.name}</Paragraph>
      {pilot.description.text && <Paragraph mb="s">{pilot.description.text}</Paragraph>}
      {error && !dueError && <ErrorAlert error={error} />}
      {notice && (
        <InlineAlert status="neutral" role="status" mb="m">
          {notice}
        </InlineAlert>
      )}
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
          <Dropdown
            labelText={t('followUp.changeStage')}
            value={pilot.stage}
            onChange={(stage) =>
              void run(async () => {
                await request(SET_STAGE, {
                  input: { trackedActionId: pilot.id, stage: stage },
                });
                return t('followUp.stageChanged', { stage: t(`followUp.stages.${stage}`) });
              })
            }
          >
            {STAGES.map((stage) => (
              <DropdownItem key={stage} value={stage}>
                {t(`followUp.stages.${stage}`)}
              </DropdownItem>
            ))}
          </Dropdown>
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() =>
              void run(async () => {
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
                      void run(async () => {
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
        <form onSubmit={addTask} noValidate className="stack">
          <Heading variant="h3" mt="m" mb="s">
            {t('followUp.addTask')}
          </Heading>
          <TextInput
            labelText={t('followUp.taskTitle')}
            name="title"
            value={title}
            onChange={(value) => setTitle(String(value ?? ''))}
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
        academyId={academyId}
        pilotId={pilot.id}
        measures={pilot.measures}
        canEdit={pilot.canEdit}
        pending={pending}
        run={(work) => void run(work)}
      />
      <PilotMetrics
        pilotId={pilot.id}
        metrics={pilot.metrics}
        canEdit={pilot.canEdit}
        pending={pending}
        run={(work) => void run(work)}
      />
      <PilotSharing
        pilotId={pilot.id}
        slug={slug}
        sharing={pilot.sharing}
        canEdit={pilot.canEdit}
        pending={pending}
        run={(work) => void run(work)}
      />
    </section>
  );
}

function TeamPilot({ academyId, slug, team }: { academyId: string; slug: string; team: Team }) {
  const result = useKeptQuery(PILOT, { academyId, organisationId: team.organisation.id });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  return (
    <PilotCard
      academyId={academyId}
      slug={slug}
      team={team}
      pilot={result.data.pilot}
      reload={result.reload}
    />
  );
}

function Pilots({ academyId, slug }: { academyId: string; slug: string }) {
  const { t } = useTranslation();
  const result = useQuery(MY_TEAMS, { academyId });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const teams = result.data.myCohortTeams;
  if (teams.length === 0) return <Paragraph>{t('followUp.none')}</Paragraph>;
  return (
    <>
      {teams.map((team) => (
        <TeamPilot key={team.organisation.id} academyId={academyId} slug={slug} team={team} />
      ))}
    </>
  );
}

function PilotView({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const result = useQuery(PILOT_ACADEMY, { slug });
  if (result.status === 'loading') return <Loading />;
  if (result.status === 'error') return <ErrorAlert error={result.error} />;
  const { academy } = result.data;
  if (!academy) return <NotFoundPage />;
  return (
    <>
      <PageHeading>{t('followUp.title', { academy: academy.title.text })}</PageHeading>
      <Pilots academyId={academy.id} slug={slug} />
    </>
  );
}

/** `/academies/:slug/pilot`: my organisation's pilot procurement — stage, schedule, milestones, tasks. */
export function PilotPage() {
  const { slug = '' } = useParams();
  return <RequireSignIn>{() => <PilotView slug={slug} />}</RequireSignIn>;
}

export { PilotPage as Component };
