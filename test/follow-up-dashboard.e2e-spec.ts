import { CircularMeasuresService } from '../src/modules/follow-up/measures/circular-measures.service.js';
import {
  academyWithPilots,
  createAdmin,
  createExpert,
  type CohortPilot,
  type SignedInUser,
} from './factories/index.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { countQueries } from './helpers/query-count.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const START = new Date('2026-05-04T09:00:00Z');
const PROGRESS = `query ($academyId: ID!) { cohortProgress(academyId: $academyId) {
  trackedActionId organisationId organisationName title { fi } stage declaredOnSchedule
  derivedBehind onSchedule overdueTaskCount lastUpdateAt measuresApplied appliedMeasureKeys } }`;
const ADD_TASK = `mutation ($input: AddTaskInput!) { addTrackedActionTask(input: $input) { id } }`;
const SET_MEASURE = `mutation ($input: SetTrackedActionMeasureInput!) { setTrackedActionMeasure(input: $input) { id } }`;
const WRITE_UPDATE = `mutation ($input: WriteProgressUpdateInput!) { writeProgressUpdate(input: $input) { id } }`;
const SET_STAGE = `mutation ($input: SetTrackedActionStageInput!) { setTrackedActionStage(input: $input) { id } }`;
const SETTINGS = `query ($academyId: ID!) { followUpSettings(academyId: $academyId) { academyId checkInCadence taskReminderDays } }`;
const SET_SETTINGS = `mutation ($input: SetFollowUpSettingsInput!) { setFollowUpSettings(input: $input) { academyId checkInCadence taskReminderDays } }`;

interface Row {
  trackedActionId: string;
  organisationId: string;
  organisationName: string;
  title: { fi: string };
  stage: string;
  declaredOnSchedule: boolean;
  derivedBehind: boolean;
  onSchedule: boolean;
  overdueTaskCount: number;
  lastUpdateAt: string | null;
  measuresApplied: number;
  appliedMeasureKeys: string[];
}

describe('follow-up cohort dashboard, CSV and check-in settings', () => {
  let testApp: TestApp;
  let admin: SignedInUser;
  let expert: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp({ now: START });
    admin = await createAdmin(testApp.dataSource);
    expert = await createExpert(testApp.dataSource);
  });
  afterAll(() => testApp.close());
  afterEach(() => testApp.clock.set(START));

  const progress = async (academyId: string, who: SignedInUser = expert) =>
    (await graphqlOk<{ cohortProgress: Row[] }>(testApp, PROGRESS, { academyId }, who.headers))
      .cohortProgress;

  /** A pilot with an overdue task, a future one, an applied and a planned measure, an update. */
  async function busyPilot(academyId: string, pilot: CohortPilot) {
    const measures = await testApp.app
      .get(CircularMeasuresService)
      .seedDefaults(testApp.dataSource.manager, academyId)
      .then(() =>
        testApp.dataSource.query<Array<{ id: string; key: string }>>(
          `SELECT id, key FROM circular_measures WHERE academy_id = $1`,
          [academyId],
        ),
      );
    const byKey = new Map(measures.map((m) => [m.key, m.id]));
    for (const [dueDate, title] of [
      ['2026-05-10', 'Myöhässä'],
      ['2026-06-30', 'Tulossa'],
    ])
      await graphqlOk(
        testApp,
        ADD_TASK,
        { input: { trackedActionId: pilot.pilotId, title, dueDate } },
        pilot.contact.headers,
      );
    for (const [key, status] of [
      ['MARKET_DIALOGUE', 'APPLIED'],
      ['MARKET_ANALYSIS', 'APPLIED'],
      ['CONTRACT_TERMS', 'PLANNED'],
    ])
      await graphqlOk(
        testApp,
        SET_MEASURE,
        { input: { trackedActionId: pilot.pilotId, measureId: byKey.get(key), status } },
        pilot.contact.headers,
      );
    await graphqlOk(
      testApp,
      WRITE_UPDATE,
      { input: { trackedActionId: pilot.pilotId, body: 'Vuoropuhelu pidetty.' } },
      pilot.contact.headers,
    );
    await graphqlOk(
      testApp,
      SET_STAGE,
      { input: { trackedActionId: pilot.pilotId, stage: 'PLANNING' } },
      pilot.contact.headers,
    );
  }

  it('shows experts and admins every pilot: stage, declared vs derived schedule, overdue tasks, last update, applied measures', async () => {
    const { academy, pilots } = await academyWithPilots(testApp, admin, 2);
    const [busy, idle] = pilots;
    await busyPilot(academy.id, busy);
    // 12.5.: the first task (due 10.5.) is overdue in Helsinki.
    testApp.clock.set(new Date('2026-05-12T09:00:00Z'));
    const rows = await progress(academy.id);
    expect(rows).toHaveLength(2);
    const busyRow = rows.find((row) => row.organisationId === busy.organisation.id)!;
    expect(busyRow).toEqual({
      trackedActionId: busy.pilotId,
      organisationId: busy.organisation.id,
      organisationName: busy.organisation.name,
      title: { fi: 'Koulun peruskorjaus' },
      stage: 'PLANNING',
      declaredOnSchedule: true,
      derivedBehind: true,
      onSchedule: false,
      overdueTaskCount: 1,
      lastUpdateAt: START.toISOString(),
      measuresApplied: 2,
      appliedMeasureKeys: ['MARKET_ANALYSIS', 'MARKET_DIALOGUE'],
    });
    expect(rows.find((row) => row.organisationId === idle.organisation.id)).toMatchObject({
      trackedActionId: idle.pilotId,
      stage: 'NOT_STARTED',
      derivedBehind: false,
      onSchedule: true,
      overdueTaskCount: 0,
      lastUpdateAt: null,
      measuresApplied: 0,
      appliedMeasureKeys: [],
    });
    expect(await progress(academy.id, admin)).toEqual(rows);

    // Anyone else, a pilot's own team included: FORBIDDEN.
    const refused = await testApp.graphql(
      PROGRESS,
      { academyId: academy.id },
      busy.contact.headers,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('reads the dashboard in the same number of statements for 2 pilots as for 10', async () => {
    const count = async (pilots: number) => {
      const { academy, pilots: created } = await academyWithPilots(testApp, admin, pilots);
      for (const pilot of created.slice(0, 2)) await busyPilot(academy.id, pilot);
      const { result, statements, texts } = await countQueries(() =>
        testApp.graphql<{ cohortProgress: Row[] }>(
          PROGRESS,
          { academyId: academy.id },
          expert.headers,
        ),
      );
      expect(result.data?.cohortProgress).toHaveLength(pilots);
      return { statements, texts };
    };
    const two = await count(2);
    const ten = await count(10);
    expect(ten.statements).toBe(two.statements);
    expect(two.statements).toBeLessThanOrEqual(4);
  });

  it('exports the dashboard as CSV for experts and admins, following the applications export', async () => {
    const { academy, pilots } = await academyWithPilots(testApp, admin, 2);
    await busyPilot(academy.id, pilots[0]);
    testApp.clock.set(new Date('2026-05-12T09:00:00Z'));
    const url = `${testApp.url}/exports/academies/${academy.id}/cohort-progress.csv`;
    const response = await fetch(`${url}?delimiter=semicolon`, { headers: expert.headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${academy.slug}-cohort-progress.csv"`,
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '"organisation";"pilot_title";"stage";"declared_on_schedule";"derived_behind";"on_schedule";"overdue_tasks";"last_update";"measures_applied";"measure_keys"',
    );
    expect(lines).toHaveLength(3);
    expect(lines).toContain(
      `"${pilots[0].organisation.name}";"Koulun peruskorjaus";"PLANNING";"yes";"yes";"no";"1";"2026-05-04T12:00:00";"2";"MARKET_ANALYSIS MARKET_DIALOGUE"`,
    );
    expect((await fetch(url, { headers: admin.headers })).status).toBe(200);
    expect((await fetch(url, { headers: pilots[0].contact.headers })).status).toBe(403);
  });

  it('lets admins set the check-in cadence and reminder lead; defaults; refuses others and bad values with nothing written', async () => {
    const { academy } = await academyWithPilots(testApp, admin, 1);
    const read = async () =>
      (
        await graphqlOk<{ followUpSettings: unknown }>(
          testApp,
          SETTINGS,
          { academyId: academy.id },
          expert.headers,
        )
      ).followUpSettings;
    expect(await read()).toEqual({
      academyId: academy.id,
      checkInCadence: 'MONTHLY',
      taskReminderDays: 3,
    });
    const input = { academyId: academy.id, checkInCadence: 'QUARTERLY', taskReminderDays: 7 };
    expect(errorCode(await testApp.graphql(SET_SETTINGS, { input }, expert.headers))).toBe(
      'FORBIDDEN',
    );
    const tooFar = await testApp.graphql(
      SET_SETTINGS,
      { input: { ...input, taskReminderDays: 31 } },
      { ...admin.headers, 'accept-language': 'sv' },
    );
    expect(errorCode(tooFar)).toBe('BAD_USER_INPUT');
    expect(await read()).toMatchObject({ checkInCadence: 'MONTHLY', taskReminderDays: 3 });
    const weekly = await testApp.graphql(
      SET_SETTINGS,
      { input: { ...input, checkInCadence: 'WEEKLY' } },
      admin.headers,
    );
    expect(errorCode(weekly)).toBe('BAD_USER_INPUT');

    await graphqlOk(testApp, SET_SETTINGS, { input }, admin.headers);
    expect(await read()).toEqual(input);
    const [audit] = await testApp.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM audit_entries
       WHERE action = 'follow_up_settings.updated' AND entity_id = $1`,
      [academy.id],
    );
    expect(audit.n).toBe(1);
  });
});
