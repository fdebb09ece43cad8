import {
  DEMO_FOLLOW_UP_SEED_NAME,
  DemoSeedService,
} from '../src/modules/demo/demo-seed.service.js';
import { HSY_ACTION_STAGE, PILOT_FOLLOW_UP_2023 } from '../src/modules/demo/demo-follow-up-2023.js';
import { DEMO_APPLICANTS_2023 } from '../src/modules/demo/demo-selection-2023.js';
import { createAdmin, signInAs } from './factories/index.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const SEEDING_DAY = new Date('2026-11-24T08:00:00Z');

const PILOT = `query ($academyId: ID!, $organisationId: ID!) {
  pilot(academyId: $academyId, organisationId: $organisationId) {
    id organisationName title { fi sv en } description { fi sv en } officialDescription { fi sv en }
    category stage declaredOnSchedule derivedBehind onSchedule overdueTaskCount
    milestones { kind plannedDate doneAt overdue }
    stageHistory { fromStage toStage changedByName changedAt }
    tasks { title dueDate doneAt overdue agreedActionId }
    measures { status note criterionText measure { key } }
    metrics { name unit baseline target progress latest { value } measurements { measuredOn value } }
    updates(limit: 50) { body writtenAt stageChange { toStage changedByName }
      comments { authorName body } }
    sharing { consent published } } }`;

interface Pilot {
  id: string;
  organisationName: string;
  title: { fi: string; sv: string | null; en: string | null };
  description: { fi: string; sv: string | null; en: string | null };
  officialDescription: { fi: string; sv: string | null; en: string | null };
  category: string;
  stage: string;
  declaredOnSchedule: boolean;
  derivedBehind: boolean;
  onSchedule: boolean;
  overdueTaskCount: number;
  milestones: Array<{ kind: string; plannedDate: string; doneAt: string | null; overdue: boolean }>;
  stageHistory: Array<{
    fromStage: string;
    toStage: string;
    changedByName: string | null;
    changedAt: string;
  }>;
  tasks: Array<{
    title: string;
    dueDate: string;
    doneAt: string | null;
    overdue: boolean;
    agreedActionId: string | null;
  }>;
  measures: Array<{
    status: string;
    note: string | null;
    criterionText: string | null;
    measure: { key: string };
  }>;
  metrics: Array<{
    name: string;
    unit: string;
    baseline: string;
    target: string;
    progress: number | null;
    latest: { value: string } | null;
    measurements: Array<{ measuredOn: string; value: string }>;
  }>;
  updates: Array<{
    body: string;
    writtenAt: string;
    stageChange: { toStage: string; changedByName: string | null } | null;
    comments: Array<{ authorName: string | null; body: string }>;
  }>;
  sharing: { consent: boolean; published: boolean };
}

const EXPERT_NAMES = ['Outi Kiertola', 'Markus Rakentaja', 'Liisa Hankkija'];

/** The follow-up of the reference academy's pilots and its action plan (issue 15's demo). */
describe('demo follow-up of kiertotalous-2023', () => {
  let testApp: TestApp;
  let admin: Awaited<ReturnType<typeof createAdmin>>;
  let academyId: string;
  const pilots = new Map<string, Pilot>();

  beforeAll(async () => {
    testApp = await startTestApp({ now: SEEDING_DAY, env: { SEED_DEMO_DATA: 'true' } });
    admin = await createAdmin(testApp.dataSource);
    const academy = await testApp.graphql<{ academy: { id: string } }>(
      '{ academy(slug: "kiertotalous-2023") { id } }',
    );
    academyId = academy.data!.academy.id;
    const cohort = await testApp.graphql<{
      cohort: { organisations: Array<{ organisation: { id: string; name: string } }> };
    }>(
      'query ($academyId: ID!) { cohort(academyId: $academyId) { organisations { organisation { id name } } } }',
      { academyId },
      admin.headers,
    );
    expect(cohort.errors).toBeUndefined();
    for (const { organisation } of cohort.data!.cohort.organisations) {
      const key = DEMO_APPLICANTS_2023.find(
        (entry) => entry.organisation.name === organisation.name,
      )!.key;
      pilots.set(key, await readPilot(organisation.id));
    }
  });
  afterAll(async () => {
    await testApp.close();
  });

  async function readPilot(organisationId: string): Promise<Pilot> {
    const response = await testApp.graphql<{ pilot: Pilot }>(
      PILOT,
      { academyId, organisationId },
      admin.headers,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.pilot;
  }

  it('has the seven pilots at their stages: three done, three in implementation, one planning and behind', () => {
    expect(
      Object.fromEntries([...pilots.entries()].map(([key, pilot]) => [key, pilot.stage])),
    ).toEqual({
      kuusiniemi: 'DONE',
      jarvela: 'DONE',
      pohjanranta: 'DONE',
      harjula: 'IMPLEMENTATION',
      rantakyla: 'IMPLEMENTATION',
      kymijoki: 'IMPLEMENTATION',
      metsala: 'PLANNING',
    });
    for (const [key, pilot] of pilots) {
      const entry = PILOT_FOLLOW_UP_2023.find((candidate) => candidate.key === key)!;
      expect(pilot.stage).toBe(entry.stage);
      expect(pilot.title).toEqual(entry.title);
      expect(pilot.description.sv).toEqual(expect.stringMatching(/\w{5}/));
      expect(pilot.officialDescription.en).toEqual(expect.stringMatching(/\w{5}/));
      expect(['CONSTRUCTION', 'CONSTRUCTION_DESIGN']).toContain(pilot.category);
      expect(pilot.declaredOnSchedule).toBe(true);
      // The usual three milestones, with dates.
      expect(pilot.milestones.map((milestone) => milestone.kind).slice(0, 3)).toEqual([
        'MARKET_DIALOGUE',
        'TENDER_PUBLISHED',
        'CONTRACT_SIGNED',
      ]);
    }
    expect(pilots.get('harjula')!.category).toBe('CONSTRUCTION_DESIGN');

    // Only Metsälä is behind: the model texts task and the tender and contract milestones
    // are overdue while the team still declares it on schedule.
    const behind = [...pilots.entries()].filter(([, pilot]) => pilot.derivedBehind);
    expect(behind.map(([key]) => key)).toEqual(['metsala']);
    const metsala = pilots.get('metsala')!;
    expect(metsala).toMatchObject({ declaredOnSchedule: true, onSchedule: false });
    expect(metsala.overdueTaskCount).toBe(1);
    expect(metsala.tasks.filter((task) => task.overdue).map((task) => task.title)).toEqual([
      'Muokataan mallitekstit kirjaston tarjouspyyntöön',
    ]);
    expect(
      metsala.milestones
        .filter((milestone) => milestone.overdue)
        .map((milestone) => milestone.kind),
    ).toEqual(['TENDER_PUBLISHED', 'CONTRACT_SIGNED']);
    for (const [key, pilot] of pilots)
      if (key !== 'metsala') expect([key, pilot.onSchedule]).toEqual([key, true]);
  });

  it('records every stage move with who and when, through progress updates, including one move back', () => {
    for (const [key, pilot] of pilots) {
      const history = pilot.stageHistory;
      expect(history[0]).toMatchObject({ fromStage: 'NOT_STARTED', toStage: 'PLANNING' });
      expect(history.at(-1)!.toStage).toBe(pilot.stage);
      for (const [index, move] of history.entries()) {
        expect(move.changedByName).toEqual(expect.stringMatching(/\w+ \w+/));
        if (index > 0) {
          expect(move.fromStage).toBe(history[index - 1].toStage);
          expect(move.changedAt > history[index - 1].changedAt).toBe(true);
        }
      }
      expect(history[0].changedAt >= '2023-09-12' && history[0].changedAt < '2024-01-01').toBe(
        true,
      );
      // Each move was announced in an update.
      expect(pilot.updates.filter((update) => update.stageChange !== null)).toHaveLength(
        history.length,
      );
      expect([key, pilot.updates.length >= 3 && pilot.updates.length <= 6]).toEqual([key, true]);
      const comments = pilot.updates.flatMap((update) => update.comments);
      expect(comments.length).toBeGreaterThanOrEqual(1);
      for (const comment of comments) expect(EXPERT_NAMES).toContain(comment.authorName);
    }
    expect(pilots.get('kymijoki')!.stageHistory.map((move) => move.toStage)).toEqual([
      'PLANNING',
      'IMPLEMENTATION',
      'PLANNING',
      'IMPLEMENTATION',
    ]);
    expect(pilots.get('kuusiniemi')!.stageHistory.map((move) => move.toStage)).toEqual([
      'PLANNING',
      'IMPLEMENTATION',
      'DONE',
    ]);
  });

  it('has two to four circular measures per pilot, one criterion text, and metrics with measurements and progress', () => {
    for (const [key, pilot] of pilots) {
      expect([key, pilot.measures.length >= 2 && pilot.measures.length <= 4]).toEqual([key, true]);
      const criteria = pilot.measures.filter((use) => use.criterionText !== null);
      expect(criteria.map((use) => use.measure.key)).toEqual(['PROCUREMENT_CRITERIA']);
      expect(pilot.measures.every((use) => use.note !== null)).toBe(true);
      expect(pilot.metrics.length >= 1 && pilot.metrics.length <= 2).toBe(true);
      for (const metric of pilot.metrics) {
        expect(metric.measurements.length).toBeGreaterThanOrEqual(3);
        expect(metric.measurements.length).toBeLessThanOrEqual(6);
        expect(metric.latest!.value).toBe(metric.measurements.at(-1)!.value);
        expect(metric.progress).toBeGreaterThan(0);
      }
    }
    const statuses = new Set([...pilots.values()].flatMap((p) => p.measures.map((m) => m.status)));
    expect(statuses).toEqual(new Set(['APPLIED', 'PLANNED', 'NOT_USED']));
    // The done pilots reached their targets.
    for (const key of ['kuusiniemi', 'jarvela', 'pohjanranta'])
      for (const metric of pilots.get(key)!.metrics) expect(metric.progress).toBe(1);
    expect(pilots.get('rantakyla')!.metrics.map((metric) => metric.name)).toContain(
      'Kierrätetyn kiviaineksen osuus %',
    );
  });

  it("shows the experts' dashboard the same picture: stages, declared vs derived, overdue tasks, last update, measures applied", async () => {
    const expert = await signInAs(testApp.dataSource, 'outi.kiertola@akatemia.example');
    const response = await testApp.graphql<{
      cohortProgress: Array<{
        organisationName: string;
        stage: string;
        declaredOnSchedule: boolean;
        derivedBehind: boolean;
        onSchedule: boolean;
        overdueTaskCount: number;
        lastUpdateAt: string | null;
        measuresApplied: number;
      }>;
    }>(
      `query ($academyId: ID!) { cohortProgress(academyId: $academyId) { organisationName stage
        declaredOnSchedule derivedBehind onSchedule overdueTaskCount lastUpdateAt measuresApplied } }`,
      { academyId },
      expert.headers,
    );
    expect(response.errors).toBeUndefined();
    const rows = response.data!.cohortProgress;
    expect(rows).toHaveLength(7);
    for (const row of rows) {
      const pilot = [...pilots.values()].find(
        (candidate) => candidate.organisationName === row.organisationName,
      )!;
      expect(row).toEqual({
        organisationName: pilot.organisationName,
        stage: pilot.stage,
        declaredOnSchedule: true,
        derivedBehind: pilot.derivedBehind,
        onSchedule: pilot.onSchedule,
        overdueTaskCount: pilot.overdueTaskCount,
        lastUpdateAt: pilot.updates[0].writtenAt,
        measuresApplied: pilot.measures.filter((use) => use.status === 'APPLIED').length,
      });
    }
  });

  it("marks the sparring tasks done, except Metsälä's model texts", () => {
    for (const [key, pilot] of pilots) {
      const sparring = pilot.tasks.filter((task) => task.agreedActionId !== null);
      expect(sparring.length).toBeGreaterThanOrEqual(2);
      const open = sparring.filter((task) => task.doneAt === null).map((task) => task.title);
      expect([key, open]).toEqual([
        key,
        key === 'metsala' ? ['Muokataan mallitekstit kirjaston tarjouspyyntöön'] : [],
      ]);
    }
  });

  it('lists on the public results exactly the consented pilots their teams published', async () => {
    const published = [...pilots.values()].filter((pilot) => pilot.sharing.published);
    expect([...pilots.values()].every((pilot) => pilot.sharing.consent)).toBe(true);
    expect(published.map((pilot) => pilot.organisationName).sort()).toEqual(
      [
        'Harjulan seurakuntayhtymä',
        'Järvelän kunta',
        'Kuusiniemen kaupunki',
        'Pohjanrannan koulutuskuntayhtymä',
        'Rantakylän kaupunki',
      ].sort(),
    );
    const results = await testApp.graphql<{
      publicResults: Array<{
        organisationName: string;
        title: { fi: string; en: string | null };
        stage: string;
        measuresApplied: Array<{ key: string }>;
        metrics: Array<{ name: string; latestValue: string | null; progress: number | null }>;
      }>;
    }>(
      `{ publicResults(academySlug: "kiertotalous-2023") { organisationName title { fi en } stage
        measuresApplied { key } metrics { name latestValue progress } } }`,
    );
    expect(results.errors).toBeUndefined();
    const rows = results.data!.publicResults;
    expect(rows.map((row) => row.organisationName).sort()).toEqual(
      published.map((pilot) => pilot.organisationName).sort(),
    );
    for (const row of rows) {
      const pilot = published.find(
        (candidate) => candidate.organisationName === row.organisationName,
      )!;
      expect(row.stage).toBe(pilot.stage);
      expect(row.title.en).toBe(pilot.title.en);
      expect(row.measuresApplied.map((measure) => measure.key)).toEqual(
        pilot.measures.filter((use) => use.status === 'APPLIED').map((use) => use.measure.key),
      );
      expect(row.metrics.every((metric) => metric.latestValue !== null)).toBe(true);
    }

    // The shared summary shows the other cohort organisations every consented pilot.
    const responsible = await signInAs(testApp.dataSource, 'anna.lehto@kuusiniemi.example');
    const shared = await testApp.graphql<{ cohortPilotSummaries: Array<{ stage: string }> }>(
      'query ($academyId: ID!) { cohortPilotSummaries(academyId: $academyId) { stage } }',
      { academyId },
      responsible.headers,
    );
    expect(shared.errors).toBeUndefined();
    expect(shared.data!.cohortPilotSummaries).toHaveLength(7);
  });

  it('has the action plan with the HSY action of seed 002: texts, stage, on schedule, and its task due 31.12.2025', async () => {
    const response = await testApp.graphql<{
      actionPlan: Array<{
        kind: string;
        organisationId: string | null;
        title: { fi: string; sv: string | null; en: string | null };
        description: { fi: string; sv: string | null; en: string | null };
        officialDescription: { fi: string; sv: string | null; en: string | null };
        stage: string;
        declaredOnSchedule: boolean;
        derivedBehind: boolean;
        stageHistory: Array<{ fromStage: string; toStage: string; changedByName: string }>;
        tasks: Array<{ title: string; dueDate: string; doneAt: string | null; overdue: boolean }>;
      }>;
    }>(
      `query ($academyId: ID!) { actionPlan(academyId: $academyId) {
        kind organisationId title { fi sv en } description { fi sv en }
        officialDescription { fi sv en } stage declaredOnSchedule derivedBehind
        stageHistory { fromStage toStage changedByName } tasks { title dueDate doneAt overdue } } }`,
      { academyId },
      admin.headers,
    );
    expect(response.errors).toBeUndefined();
    const plan = response.data!.actionPlan;
    expect(plan).toHaveLength(1);
    const [action] = plan;
    expect(action).toMatchObject({
      kind: 'ACTION',
      organisationId: null,
      stage: HSY_ACTION_STAGE,
      declaredOnSchedule: true,
    });
    expect(action.stage).toBe('PLANNING');
    expect(action.title.fi).toBe('Lisäämme kiertotalousnäkökohtia hankinnoissa');
    expect(action.title.sv).toEqual(expect.stringMatching(/\w/));
    expect(action.title.en).toEqual(expect.stringMatching(/\w/));
    expect(action.description.fi).toMatch(
      /^HSY:n yhtenä strategisena toimenpiteenä on lisätä kiertotalousnäkökohtia omiin hankintoihinsa/,
    );
    expect(action.officialDescription.fi).toMatch(
      /^Lisätään kaupunkien välistä yhteistyötä kestävissä hankinnoissa\./,
    );
    expect(action.officialDescription.fi).toContain('(esim. KEINO-verkosto)');
    expect(action.officialDescription.fi).toMatch(
      /\(Kestävän kaupunkielämän ohjelman mukaisesti\)$/,
    );
    for (const text of [action.description, action.officialDescription]) {
      expect(text.sv!.length).toBeGreaterThan(200);
      expect(text.en!.length).toBeGreaterThan(200);
    }
    expect(action.stageHistory).toEqual([
      { fromStage: 'NOT_STARTED', toStage: 'PLANNING', changedByName: 'Paula Salmi' },
    ]);
    expect(action.tasks).toEqual([
      {
        title: expect.stringContaining(
          'Lisäämme kiertotalousnäkökohtia hankinnoissa (HSY:n strateginen toimenpide)',
        ) as string,
        dueDate: '2025-12-31',
        doneAt: null,
        // Open past its date on the seeding day: the derived flag shows it.
        overdue: true,
      },
    ]);
    expect(action.tasks[0].title).toContain(
      'Toimenpide käynnistetään vuonna 2023 alkukartoituksella',
    );
    expect(action.derivedBehind).toBe(true);
  });

  it('writes nothing when seeded again, even with its run record gone', async () => {
    const before = await rowCounts();
    expect(before.tracked_action_stage_changes).toBeGreaterThanOrEqual(7 * 2 + 1);
    const seed = testApp.app.get(DemoSeedService);
    await seed.seedOnce();
    expect(await rowCounts()).toEqual(before);
    await testApp.dataSource.query('DELETE FROM seed_runs WHERE name = $1', [
      DEMO_FOLLOW_UP_SEED_NAME,
    ]);
    await seed.seedOnce();
    expect(await rowCounts()).toEqual(before);
  });

  async function rowCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of [
      'tracked_actions',
      'tracked_action_stage_changes',
      'tracked_action_milestones',
      'tracked_action_tasks',
      'circular_measures',
      'tracked_action_measures',
      'tracked_action_metrics',
      'metric_measurements',
      'progress_updates',
      'update_comments',
      'tracked_action_publications',
      'users',
      'audit_entries',
    ]) {
      const [row] = await testApp.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM ${table}`,
      );
      counts[table] = row.n;
    }
    // Done tasks too: a repeat must not complete or reopen any.
    const [done] = await testApp.dataSource.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM tracked_action_tasks WHERE done_at IS NOT NULL',
    );
    counts.done_tasks = done.n;
    return counts;
  }
});
