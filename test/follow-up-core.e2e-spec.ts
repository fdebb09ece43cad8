import { CohortService } from '../src/modules/cohort/cohort.service.js';
import {
  academyWithPilots,
  addCohortParticipant,
  addMember,
  createAdmin,
  createExpert,
  createSignedInUser,
  type SignedInUser,
} from './factories/index.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const START = new Date('2026-05-04T09:00:00Z');

const ACTION_FIELDS = `id kind organisationId organisationName title { fi sv en } category stage
  declaredOnSchedule derivedBehind onSchedule overdueTaskCount canEdit
  stageHistory { fromStage toStage changedByName changedAt }
  milestones { id kind title { fi sv en } plannedDate doneAt overdue }
  tasks { id title dueDate doneAt overdue agreedActionId owner { participantId userId name hasLeft } }`;
const PILOT = `query ($academyId: ID!, $organisationId: ID!) { pilot(academyId: $academyId, organisationId: $organisationId) { ${ACTION_FIELDS} } }`;
const TRACKED_ACTION = `query ($id: ID!) { trackedAction(id: $id) { ${ACTION_FIELDS} } }`;
const ACTION_PLAN = `query ($academyId: ID!) { actionPlan(academyId: $academyId) { ${ACTION_FIELDS} } }`;
const SET_STAGE = `mutation ($input: SetTrackedActionStageInput!) { setTrackedActionStage(input: $input) { ${ACTION_FIELDS} } }`;
const SET_SCHEDULE = `mutation ($input: SetDeclaredOnScheduleInput!) { setDeclaredOnSchedule(input: $input) { ${ACTION_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateTrackedActionInput!) { updateTrackedAction(input: $input) { ${ACTION_FIELDS} } }`;
const ADD_TASK = `mutation ($input: AddTaskInput!) { addTrackedActionTask(input: $input) { ${ACTION_FIELDS} } }`;
const UPDATE_TASK = `mutation ($input: UpdateTaskInput!) { updateTrackedActionTask(input: $input) { ${ACTION_FIELDS} } }`;
const COMPLETE_TASK = `mutation ($input: TaskIdInput!) { completeTrackedActionTask(input: $input) { ${ACTION_FIELDS} } }`;
const REOPEN_TASK = `mutation ($input: TaskIdInput!) { reopenTrackedActionTask(input: $input) { ${ACTION_FIELDS} } }`;
const REMOVE_TASK = `mutation ($input: TaskIdInput!) { removeTrackedActionTask(input: $input) { ${ACTION_FIELDS} } }`;
const ADD_MILESTONE = `mutation ($input: AddMilestoneInput!) { addTrackedActionMilestone(input: $input) { ${ACTION_FIELDS} } }`;
const COMPLETE_MILESTONE = `mutation ($input: MilestoneIdInput!) { completeTrackedActionMilestone(input: $input) { ${ACTION_FIELDS} } }`;
const CREATE_ACTION = `mutation ($input: CreateActionPlanActionInput!) { createActionPlanAction(input: $input) { ${ACTION_FIELDS} } }`;

interface Action {
  id: string;
  kind: string;
  organisationId: string | null;
  organisationName: string | null;
  title: { fi: string; sv: string | null; en: string | null };
  category: string | null;
  stage: string;
  declaredOnSchedule: boolean;
  derivedBehind: boolean;
  onSchedule: boolean;
  overdueTaskCount: number;
  canEdit: boolean;
  stageHistory: Array<{
    fromStage: string;
    toStage: string;
    changedByName: string | null;
    changedAt: string;
  }>;
  milestones: Array<{
    id: string;
    kind: string;
    title: { fi: string; sv: string | null; en: string | null };
    plannedDate: string;
    doneAt: string | null;
    overdue: boolean;
  }>;
  tasks: Array<{
    id: string;
    title: string;
    dueDate: string;
    doneAt: string | null;
    overdue: boolean;
    agreedActionId: string | null;
    owner: {
      participantId: string | null;
      userId: string | null;
      name: string;
      hasLeft: boolean;
    } | null;
  }>;
}

describe('follow-up core: pilots, action plans, stages, schedule, milestones and tasks', () => {
  let testApp: TestApp;
  let admin: SignedInUser;
  let expert: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp({ now: START });
    admin = await createAdmin(testApp.dataSource);
    expert = await createExpert(testApp.dataSource);
  });
  afterAll(async () => {
    await testApp.close();
  });
  afterEach(() => {
    // Specs that move time put it back, so none depends on another's clock.
    testApp.clock.set(START);
  });

  const count = async (sql: string, params: unknown[]): Promise<number> => {
    const [row] = await testApp.dataSource.query<Array<{ n: number }>>(sql, params);
    return row.n;
  };
  const auditCount = (entityId: string) =>
    count(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_id = $1`, [entityId]);
  const taskCount = (trackedActionId: string) =>
    count(`SELECT count(*)::int AS n FROM tracked_action_tasks WHERE tracked_action_id = $1`, [
      trackedActionId,
    ]);
  const readPilot = async (who: SignedInUser, academyId: string, organisationId: string) =>
    (await graphqlOk<{ pilot: Action }>(testApp, PILOT, { academyId, organisationId }, who.headers))
      .pilot;

  it('creates the pilot once, when the organisation confirms its place, from its application', async () => {
    const { academy, pilots } = await academyWithPilots(testApp, admin, 1);
    const [first] = pilots;
    const pilot = await readPilot(first.contact, academy.id, first.organisation.id);
    expect(pilot).toMatchObject({
      id: first.pilotId,
      kind: 'PILOT_PROCUREMENT',
      organisationId: first.organisation.id,
      organisationName: first.organisation.name,
      title: { fi: 'Koulun peruskorjaus' },
      category: 'CONSTRUCTION',
      stage: 'NOT_STARTED',
      declaredOnSchedule: true,
      derivedBehind: false,
      onSchedule: true,
      canEdit: true,
      stageHistory: [],
      milestones: [],
      tasks: [],
    });
    const audited = await count(
      `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'tracked_action.created' AND entity_id = $1`,
      [first.pilotId],
    );
    expect(audited).toBe(1);

    // Joining again (a repeated call) changes nothing: still one pilot, one audit entry.
    await testApp.dataSource.transaction((manager) =>
      testApp.app.get(CohortService).addMember(manager, academy.id, first.organisation.id, []),
    );
    expect(
      await count(
        `SELECT count(*)::int AS n FROM tracked_actions WHERE academy_id = $1 AND organisation_id = $2`,
        [academy.id, first.organisation.id],
      ),
    ).toBe(1);
    expect(await auditCount(first.pilotId)).toBe(1);
  });

  it('moves the stage forwards and back, recording who and when', async () => {
    const { pilots } = await academyWithPilots(testApp, admin, 1);
    const [first] = pilots;
    const move = (stage: string) =>
      graphqlOk<{ setTrackedActionStage: Action }>(
        testApp,
        SET_STAGE,
        { input: { trackedActionId: first.pilotId, stage } },
        first.contact.headers,
      );
    await move('PLANNING');
    testApp.clock.set(new Date('2026-05-06T10:00:00Z'));
    await move('IMPLEMENTATION');
    const { setTrackedActionStage: back } = await move('PLANNING');
    expect(back.stage).toBe('PLANNING');
    expect(back.stageHistory).toEqual([
      {
        fromStage: 'NOT_STARTED',
        toStage: 'PLANNING',
        changedByName: first.contact.user.name,
        changedAt: START.toISOString(),
      },
      {
        fromStage: 'PLANNING',
        toStage: 'IMPLEMENTATION',
        changedByName: first.contact.user.name,
        changedAt: '2026-05-06T10:00:00.000Z',
      },
      {
        fromStage: 'IMPLEMENTATION',
        toStage: 'PLANNING',
        changedByName: first.contact.user.name,
        changedAt: '2026-05-06T10:00:00.000Z',
      },
    ]);
    // The same stage again is no move: nothing recorded.
    const { setTrackedActionStage: same } = await move('PLANNING');
    expect(same.stageHistory).toHaveLength(3);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'tracked_action.stage_changed' AND entity_id = $1`,
        [first.pilotId],
      ),
    ).toBe(3);
  });

  it('refuses a stage outside the list in the caller language, writing nothing', async () => {
    const { pilots } = await academyWithPilots(testApp, admin, 1);
    const [first] = pilots;
    const before = await auditCount(first.pilotId);
    const response = await testApp.graphql(
      SET_STAGE,
      { input: { trackedActionId: first.pilotId, stage: 'FINISHED' } },
      { ...first.contact.headers, 'accept-language': 'fi' },
    );
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    const error = response.errors![0] as {
      message: string;
      extensions: { validationErrors: Array<{ field: string; rule: string; message: string }> };
    };
    expect(error.message).toBe('Tarkista tiedot: virheellisiä kenttiä 1.');
    expect(error.extensions.validationErrors).toEqual([
      expect.objectContaining({ field: 'input.stage', rule: 'isEnum' }),
    ]);
    expect(error.extensions.validationErrors[0].message).toBe('Arvo ei ole sallittu.');
    expect(await auditCount(first.pilotId)).toBe(before);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM tracked_action_stage_changes WHERE tracked_action_id = $1`,
        [first.pilotId],
      ),
    ).toBe(0);
    // Written as a literal in the document, the same refusal.
    const literal = await testApp.graphql(
      `mutation { setTrackedActionStage(input: { trackedActionId: "${first.pilotId}", stage: FINISHED }) { id } }`,
      {},
      { ...first.contact.headers, 'accept-language': 'sv' },
    );
    expect(errorCode(literal)).toBe('BAD_USER_INPUT');
    expect(literal.errors![0].message).toBe('Kontrollera uppgifterna: ogiltiga fält 1.');
    expect(literal.errors![0].extensions).toMatchObject({
      validationErrors: [
        { field: 'input.stage', rule: 'isEnum', message: 'Värdet är inte tillåtet.' },
      ],
    });
  });

  it('derives "behind" from an open task past its due date in the academy zone, and clears it when done', async () => {
    const { academy, pilots } = await academyWithPilots(testApp, admin, 1);
    const [first] = pilots;
    const owner = first.participants.get(first.team.responsible)!;
    const { addTrackedActionTask: added } = await graphqlOk<{ addTrackedActionTask: Action }>(
      testApp,
      ADD_TASK,
      {
        input: {
          trackedActionId: first.pilotId,
          title: 'Markkinakartoitus valmis',
          ownerParticipantId: owner,
          dueDate: '2026-05-10',
        },
      },
      first.contact.headers,
    );
    const [task] = added.tasks;
    expect(task).toMatchObject({
      title: 'Markkinakartoitus valmis',
      dueDate: '2026-05-10',
      overdue: false,
      owner: { participantId: owner, name: expect.any(String), hasLeft: false },
    });
    expect(added).toMatchObject({ derivedBehind: false, onSchedule: true });

    // 23:30 in Helsinki on the due date: still on time.
    testApp.clock.set(new Date('2026-05-10T20:30:00Z'));
    expect(await readPilot(expert, academy.id, first.organisation.id)).toMatchObject({
      derivedBehind: false,
      onSchedule: true,
    });
    // 00:30 the next day in Helsinki (21:30 UTC): overdue, behind, although declared on schedule.
    testApp.clock.set(new Date('2026-05-10T21:30:00Z'));
    const late = await readPilot(first.contact, academy.id, first.organisation.id);
    expect(late).toMatchObject({
      declaredOnSchedule: true,
      derivedBehind: true,
      onSchedule: false,
      overdueTaskCount: 1,
    });
    expect(late.tasks[0].overdue).toBe(true);
    // The experts see the overdue task too.
    const seenByExpert = await readPilot(expert, academy.id, first.organisation.id);
    expect(seenByExpert.tasks[0].overdue).toBe(true);

    const { completeTrackedActionTask: done } = await graphqlOk<{
      completeTrackedActionTask: Action;
    }>(testApp, COMPLETE_TASK, { input: { taskId: task.id } }, first.contact.headers);
    expect(done).toMatchObject({ derivedBehind: false, onSchedule: true, overdueTaskCount: 0 });
    expect(done.tasks[0]).toMatchObject({ doneAt: '2026-05-10T21:30:00.000Z', overdue: false });

    // Reopened, it is late again; declared off schedule stays off even when nothing is late.
    const { reopenTrackedActionTask: reopened } = await graphqlOk<{
      reopenTrackedActionTask: Action;
    }>(testApp, REOPEN_TASK, { input: { taskId: task.id } }, first.contact.headers);
    expect(reopened.derivedBehind).toBe(true);
    await graphqlOk(testApp, REMOVE_TASK, { input: { taskId: task.id } }, first.contact.headers);
    const { setDeclaredOnSchedule: declared } = await graphqlOk<{ setDeclaredOnSchedule: Action }>(
      testApp,
      SET_SCHEDULE,
      { input: { trackedActionId: first.pilotId, onSchedule: false } },
      first.contact.headers,
    );
    expect(declared).toMatchObject({
      declaredOnSchedule: false,
      derivedBehind: false,
      onSchedule: false,
      tasks: [],
    });
  });

  it('makes an open milestone past its planned date count as behind', async () => {
    const { academy, pilots } = await academyWithPilots(testApp, admin, 1);
    const [first] = pilots;
    const { addTrackedActionMilestone: added } = await graphqlOk<{
      addTrackedActionMilestone: Action;
    }>(
      testApp,
      ADD_MILESTONE,
      {
        input: {
          trackedActionId: first.pilotId,
          kind: 'TENDER_PUBLISHED',
          plannedDate: '2026-06-01',
        },
      },
      first.contact.headers,
    );
    expect(added.milestones[0]).toMatchObject({
      kind: 'TENDER_PUBLISHED',
      title: {
        fi: 'Tarjouspyyntö julkaistu',
        sv: 'Anbudsförfrågan publicerad',
        en: 'Tender published',
      },
      plannedDate: '2026-06-01',
      overdue: false,
    });
    testApp.clock.set(new Date('2026-06-02T06:00:00Z'));
    const late = await readPilot(first.contact, academy.id, first.organisation.id);
    expect(late).toMatchObject({ derivedBehind: true, onSchedule: false, overdueTaskCount: 0 });
    const { completeTrackedActionMilestone: reached } = await graphqlOk<{
      completeTrackedActionMilestone: Action;
    }>(
      testApp,
      COMPLETE_MILESTONE,
      { input: { milestoneId: added.milestones[0].id } },
      first.contact.headers,
    );
    expect(reached.derivedBehind).toBe(false);

    // A CUSTOM milestone needs its own title.
    const untitled = await testApp.graphql(
      ADD_MILESTONE,
      { input: { trackedActionId: first.pilotId, kind: 'CUSTOM', plannedDate: '2026-07-01' } },
      first.contact.headers,
    );
    expect(errorCode(untitled)).toBe('BAD_USER_INPUT');
  });

  it('refuses a due date that does not exist (31.11.), writing nothing', async () => {
    const { pilots } = await academyWithPilots(testApp, admin, 1);
    const [first] = pilots;
    const before = await auditCount(first.pilotId);
    for (const dueDate of ['2026-11-31', '31.11.2026', '2027-02-29']) {
      const response = await testApp.graphql(
        ADD_TASK,
        { input: { trackedActionId: first.pilotId, title: 'Tehtävä', dueDate } },
        { ...first.contact.headers, 'accept-language': 'sv' },
      );
      expect(errorCode(response)).toBe('INVALID_DATE');
      expect(response.errors![0].extensions).toMatchObject({ field: 'input.dueDate' });
      expect(response.errors![0].message).toMatch(/^Datumet finns inte/);
    }
    const milestone = await testApp.graphql(
      ADD_MILESTONE,
      {
        input: {
          trackedActionId: first.pilotId,
          kind: 'CONTRACT_SIGNED',
          plannedDate: '2026-11-31',
        },
      },
      first.contact.headers,
    );
    expect(errorCode(milestone)).toBe('INVALID_DATE');
    expect(await taskCount(first.pilotId)).toBe(0);
    expect(await auditCount(first.pilotId)).toBe(before);
  });

  it('refuses a task owner who is not on the team, or has left it, writing nothing', async () => {
    const { academy, pilots } = await academyWithPilots(testApp, admin, 2);
    const [first, second] = pilots;
    const otherTeams = second.participants.get(second.team.responsible)!;
    const leaver = await addCohortParticipant(testApp.dataSource, academy, first.organisation, {
      email: `lahtija-${first.pilotId}@kunta.fi`,
    });
    await testApp.dataSource.query(`UPDATE cohort_participants SET left_at = now() WHERE id = $1`, [
      leaver.id,
    ]);
    const before = await auditCount(first.pilotId);
    for (const ownerParticipantId of [otherTeams, leaver.id]) {
      const response = await testApp.graphql(
        ADD_TASK,
        {
          input: {
            trackedActionId: first.pilotId,
            title: 'Tehtävä',
            ownerParticipantId,
            dueDate: '2026-09-30',
          },
        },
        first.contact.headers,
      );
      expect(errorCode(response)).toBe('OWNER_NOT_IN_TEAM');
      expect(response.errors![0].extensions).toMatchObject({ field: 'input.ownerParticipantId' });
    }
    // A staff owner belongs to action plans only.
    const staffOwner = await testApp.graphql(
      ADD_TASK,
      {
        input: {
          trackedActionId: first.pilotId,
          title: 'T',
          ownerUserId: expert.user.id,
          dueDate: '2026-09-30',
        },
      },
      first.contact.headers,
    );
    expect(errorCode(staffOwner)).toBe('OWNER_NOT_IN_TEAM');
    expect(await taskCount(first.pilotId)).toBe(0);
    expect(await auditCount(first.pilotId)).toBe(before);

    // Changing an existing task's owner follows the same rule.
    const { addTrackedActionTask: added } = await graphqlOk<{ addTrackedActionTask: Action }>(
      testApp,
      ADD_TASK,
      { input: { trackedActionId: first.pilotId, title: 'Oma', dueDate: '2026-09-30' } },
      first.contact.headers,
    );
    const change = await testApp.graphql(
      UPDATE_TASK,
      { input: { taskId: added.tasks[0].id, ownerParticipantId: otherTeams } },
      first.contact.headers,
    );
    expect(errorCode(change)).toBe('OWNER_NOT_IN_TEAM');
  });

  it('keeps another organisation out: it cannot read or edit the pilot, and nothing is written', async () => {
    const { academy, pilots } = await academyWithPilots(testApp, admin, 2);
    const [first, second] = pilots;
    const stranger = await createSignedInUser(testApp.dataSource);
    for (const who of [second.contact, stranger]) {
      const read = await testApp.graphql(
        PILOT,
        { academyId: academy.id, organisationId: first.organisation.id },
        who.headers,
      );
      expect(errorCode(read)).toBe('NOT_FOUND');
      expect(read.data).toBeNull();
      expect(
        errorCode(await testApp.graphql(TRACKED_ACTION, { id: first.pilotId }, who.headers)),
      ).toBe('NOT_FOUND');
    }
    const before = await auditCount(first.pilotId);
    const edits: Array<[string, Record<string, unknown>]> = [
      [SET_STAGE, { trackedActionId: first.pilotId, stage: 'DONE' }],
      [SET_SCHEDULE, { trackedActionId: first.pilotId, onSchedule: false }],
      [UPDATE, { trackedActionId: first.pilotId, title: { fi: 'Kaapattu' } }],
      [ADD_TASK, { trackedActionId: first.pilotId, title: 'Vieras', dueDate: '2026-09-30' }],
    ];
    for (const [mutation, input] of edits) {
      const refused = await testApp.graphql(mutation, { input }, second.contact.headers);
      expect(errorCode(refused)).toBe('NOT_YOUR_PILOT');
      expect(refused.errors![0].message).toBe(
        'Only the organisation’s own team can edit its pilot procurement.',
      );
      // Someone outside the cohort is not told the pilot exists.
      expect(errorCode(await testApp.graphql(mutation, { input }, stranger.headers))).toBe(
        'NOT_FOUND',
      );
    }
    const pilot = await readPilot(first.contact, academy.id, first.organisation.id);
    expect(pilot).toMatchObject({
      stage: 'NOT_STARTED',
      declaredOnSchedule: true,
      title: { fi: 'Koulun peruskorjaus' },
      tasks: [],
    });
    expect(await auditCount(first.pilotId)).toBe(before);
  });

  it('lets the named team (with an account, not left) work on the pilot', async () => {
    const { academy, pilots } = await academyWithPilots(testApp, admin, 1);
    const [first] = pilots;
    const expertEmail = first.team.experts[1];
    const teamExpert = await createSignedInUser(testApp.dataSource, { email: expertEmail });
    const { setTrackedActionStage } = await graphqlOk<{ setTrackedActionStage: Action }>(
      testApp,
      SET_STAGE,
      { input: { trackedActionId: first.pilotId, stage: 'PLANNING' } },
      teamExpert.headers,
    );
    expect(setTrackedActionStage.canEdit).toBe(true);
    await testApp.dataSource.query(
      `UPDATE cohort_participants SET left_at = now() WHERE academy_id = $1 AND email = $2`,
      [academy.id, expertEmail],
    );
    expect(
      errorCode(
        await testApp.graphql(
          PILOT,
          { academyId: academy.id, organisationId: first.organisation.id },
          teamExpert.headers,
        ),
      ),
    ).toBe('NOT_FOUND');
    // An organisation member who is not a named participant is on the team through membership.
    const member = await createSignedInUser(testApp.dataSource);
    await addMember(testApp.dataSource, first.organisation, member.user);
    expect((await readPilot(member, academy.id, first.organisation.id)).canEdit).toBe(true);
  });

  it('lets experts and admins read every pilot of the academy, but not edit it', async () => {
    const { academy, pilots } = await academyWithPilots(testApp, admin, 2);
    for (const pilot of pilots) {
      for (const staff of [expert, admin]) {
        const read = await readPilot(staff, academy.id, pilot.organisation.id);
        expect(read).toMatchObject({ id: pilot.pilotId, canEdit: false });
      }
    }
    const refused = await testApp.graphql(
      SET_STAGE,
      { input: { trackedActionId: pilots[0].pilotId, stage: 'PLANNING' } },
      expert.headers,
    );
    expect(errorCode(refused)).toBe('NOT_YOUR_PILOT');
  });

  it('lets admins build the action plan, experts read it, and nobody else', async () => {
    const { academy, pilots } = await academyWithPilots(testApp, admin, 1);
    const { createActionPlanAction: action } = await graphqlOk<{ createActionPlanAction: Action }>(
      testApp,
      CREATE_ACTION,
      {
        input: {
          academyId: academy.id,
          title: {
            fi: 'Lisäämme kiertotalousnäkökohtia hankinnoissa',
            en: 'We add circular-economy aspects to procurement',
          },
          category: 'construction',
        },
      },
      admin.headers,
    );
    expect(action).toMatchObject({
      kind: 'ACTION',
      organisationId: null,
      category: 'CONSTRUCTION',
      stage: 'NOT_STARTED',
      canEdit: true,
    });
    const { addTrackedActionTask: withTask } = await graphqlOk<{ addTrackedActionTask: Action }>(
      testApp,
      ADD_TASK,
      {
        input: {
          trackedActionId: action.id,
          title: 'Kiertotalouskriteerit käyttöön',
          ownerUserId: expert.user.id,
          dueDate: '2025-12-31',
        },
      },
      admin.headers,
    );
    expect(withTask.tasks[0]).toMatchObject({
      owner: { userId: expert.user.id, participantId: null },
      overdue: true,
    });
    await graphqlOk(
      testApp,
      SET_STAGE,
      { input: { trackedActionId: action.id, stage: 'IMPLEMENTATION' } },
      admin.headers,
    );

    const { actionPlan } = await graphqlOk<{ actionPlan: Action[] }>(
      testApp,
      ACTION_PLAN,
      { academyId: academy.id },
      expert.headers,
    );
    expect(actionPlan).toHaveLength(1);
    expect(actionPlan[0]).toMatchObject({
      id: action.id,
      stage: 'IMPLEMENTATION',
      derivedBehind: true,
      canEdit: false,
    });

    // Experts read but do not edit; a participant neither; a category off the list is refused.
    expect(
      errorCode(
        await testApp.graphql(
          SET_STAGE,
          { input: { trackedActionId: action.id, stage: 'DONE' } },
          expert.headers,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await testApp.graphql(ACTION_PLAN, { academyId: academy.id }, pilots[0].contact.headers),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await testApp.graphql(TRACKED_ACTION, { id: action.id }, pilots[0].contact.headers),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await testApp.graphql(
          CREATE_ACTION,
          { input: { academyId: academy.id, title: { fi: 'Ei' } } },
          expert.headers,
        ),
      ),
    ).toBe('FORBIDDEN');
    const participantOwner = await testApp.graphql(
      ADD_TASK,
      {
        input: {
          trackedActionId: action.id,
          title: 'T',
          ownerUserId: pilots[0].contact.user.id,
          dueDate: '2026-09-30',
        },
      },
      admin.headers,
    );
    expect(errorCode(participantOwner)).toBe('OWNER_NOT_IN_TEAM');
  });

  // Sparring's agreed actions → tasks, through the real sparring source and the foreign keys:
  // test/sparring-outcomes.e2e-spec.ts ("agreed actions become tasks of the pilot").
});
