import { CircularMeasuresService } from '../src/modules/follow-up/measures/circular-measures.service.js';
import {
  academyWithPilots,
  createAcademy,
  createAdmin,
  createExpert,
  type CohortPilot,
  type SignedInUser,
} from './factories/index.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { countQueries } from './helpers/query-count.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const START = new Date('2026-05-04T09:00:00Z');

const PROGRESS_FIELDS = `id stage
  stageHistory { fromStage toStage changedByName }
  measures { status note criterionText measure { id key label { fi sv en } takesCriterionText } }
  metrics { id name unit baseline target progress latest { measuredOn value }
            measurements { measuredOn value note } }
  updates { id body authorName stageChange { fromStage toStage changedByName }
            comments { body authorName } }`;
const TRACKED_ACTION = `query ($id: ID!) { trackedAction(id: $id) { ${PROGRESS_FIELDS} } }`;
const CATALOGUE = `query ($academyId: ID!) { circularMeasures(academyId: $academyId) { id key position takesCriterionText label { fi sv en } } }`;
const ADD_MEASURE = `mutation ($input: AddCircularMeasureInput!) { addCircularMeasure(input: $input) { id key position } }`;
const SET_MEASURE = `mutation ($input: SetTrackedActionMeasureInput!) { setTrackedActionMeasure(input: $input) { ${PROGRESS_FIELDS} } }`;
const UNSET_MEASURE = `mutation ($input: UnsetTrackedActionMeasureInput!) { unsetTrackedActionMeasure(input: $input) { ${PROGRESS_FIELDS} } }`;
const ADD_METRIC = `mutation ($input: AddMetricInput!) { addMetric(input: $input) { ${PROGRESS_FIELDS} } }`;
const UPDATE_METRIC = `mutation ($input: UpdateMetricInput!) { updateMetric(input: $input) { ${PROGRESS_FIELDS} } }`;
const RECORD = `mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { ${PROGRESS_FIELDS} } }`;
const WRITE_UPDATE = `mutation ($input: WriteProgressUpdateInput!) { writeProgressUpdate(input: $input) { ${PROGRESS_FIELDS} } }`;
const CREATE_ACTION = `mutation ($input: CreateActionPlanActionInput!) { createActionPlanAction(input: $input) { id } }`;
const COMMENT = `mutation ($input: CommentProgressUpdateInput!) { commentProgressUpdate(input: $input) { id comments { body authorName } } }`;

interface Measure {
  id: string;
  key: string;
  position: number;
  takesCriterionText: boolean;
  label: { fi: string; sv: string | null; en: string | null };
}
interface Metric {
  id: string;
  name: string;
  unit: string;
  baseline: string;
  target: string;
  progress: number | null;
  latest: { measuredOn: string; value: string } | null;
  measurements: Array<{ measuredOn: string; value: string; note: string | null }>;
}
interface Action {
  id: string;
  stage: string;
  stageHistory: Array<{ fromStage: string; toStage: string; changedByName: string | null }>;
  measures: Array<{
    status: string;
    note: string | null;
    criterionText: string | null;
    measure: Measure;
  }>;
  metrics: Metric[];
  updates: Array<{
    id: string;
    body: string;
    authorName: string | null;
    stageChange: { fromStage: string; toStage: string; changedByName: string | null } | null;
    comments: Array<{ body: string; authorName: string | null }>;
  }>;
}

describe('follow-up: circular measures, metrics, progress updates and comments', () => {
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

  const count = async (sql: string, params: unknown[]): Promise<number> => {
    const [row] = await testApp.dataSource.query<Array<{ n: number }>>(sql, params);
    return row.n;
  };
  /** Every row the follow-up's measures, metrics and updates hold for an action, and its audit. */
  const footprint = async (actionId: string) => ({
    measures: await count(
      `SELECT count(*)::int AS n FROM tracked_action_measures WHERE tracked_action_id = $1`,
      [actionId],
    ),
    metrics: await count(
      `SELECT count(*)::int AS n FROM tracked_action_metrics WHERE tracked_action_id = $1`,
      [actionId],
    ),
    measurements: await count(
      `SELECT count(*)::int AS n FROM metric_measurements WHERE tracked_action_id = $1`,
      [actionId],
    ),
    updates: await count(
      `SELECT count(*)::int AS n FROM progress_updates WHERE tracked_action_id = $1`,
      [actionId],
    ),
    comments: await count(
      `SELECT count(*)::int AS n FROM update_comments c JOIN progress_updates u ON u.id = c.progress_update_id WHERE u.tracked_action_id = $1`,
      [actionId],
    ),
    stageChanges: await count(
      `SELECT count(*)::int AS n FROM tracked_action_stage_changes WHERE tracked_action_id = $1`,
      [actionId],
    ),
    audit: await count(`SELECT count(*)::int AS n FROM audit_entries`, []),
  });
  const seed = (academyId: string) =>
    testApp.app.get(CircularMeasuresService).seedDefaults(testApp.dataSource.manager, academyId);
  const catalogue = async (academyId: string, who: SignedInUser = admin) =>
    (
      await graphqlOk<{ circularMeasures: Measure[] }>(
        testApp,
        CATALOGUE,
        { academyId },
        who.headers,
      )
    ).circularMeasures;
  const read = async (who: SignedInUser, id: string) =>
    (await graphqlOk<{ trackedAction: Action }>(testApp, TRACKED_ACTION, { id }, who.headers))
      .trackedAction;
  /** A seeded academy with `count` confirmed pilots, and its catalogue by key. */
  const seededPilots = async (count: number) => {
    const { academy, pilots } = await academyWithPilots(testApp, admin, count);
    await seed(academy.id);
    const measures = new Map((await catalogue(academy.id)).map((m) => [m.key, m]));
    return { academy, pilots, measures };
  };
  const addMetric = async (
    pilot: CohortPilot,
    metric: { name: string; unit: string; baseline: string; target: string },
  ) => {
    const { addMetric: action } = await graphqlOk<{ addMetric: Action }>(
      testApp,
      ADD_METRIC,
      { input: { trackedActionId: pilot.pilotId, ...metric } },
      pilot.contact.headers,
    );
    return action.metrics.at(-1)!;
  };

  describe('the catalogue', () => {
    it("is per academy: the seed gives the reference academy the seed's six measures in fi/sv/en, once", async () => {
      const reference = await createAcademy(testApp.dataSource);
      const other = await createAcademy(testApp.dataSource);
      expect(await seed(reference.id)).toBe(6);
      expect(await seed(reference.id)).toBe(0);

      const measures = await catalogue(reference.id);
      expect(measures.map((m) => m.key)).toEqual([
        'MARKET_ANALYSIS',
        'MARKET_DIALOGUE',
        'LIFE_CYCLE',
        'PROCUREMENT_CRITERIA',
        'CONTRACT_TERMS',
        'METRICS_AND_MONITORING',
      ]);
      expect(measures.map((m) => m.position)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(measures[1].label).toEqual({
        fi: 'Markkinavuoropuhelu',
        sv: 'Marknadsdialog',
        en: 'Market dialogue',
      });
      for (const measure of measures) {
        expect(measure.label.sv).toBeTruthy();
        expect(measure.label.en).toBeTruthy();
      }
      expect(measures.filter((m) => m.takesCriterionText).map((m) => m.key)).toEqual([
        'PROCUREMENT_CRITERIA',
      ]);
      expect(await catalogue(other.id)).toEqual([]);
    });

    it('is managed by admins: a new measure goes last, a key the academy has is refused, experts are refused', async () => {
      const academy = await createAcademy(testApp.dataSource);
      await seed(academy.id);
      const input = {
        academyId: academy.id,
        key: 'REUSE_OF_MATERIALS',
        label: { fi: 'Materiaalien uudelleenkäyttö', sv: 'Återbruk', en: 'Reuse of materials' },
      };
      const byExpert = await testApp.graphql(ADD_MEASURE, { input }, expert.headers);
      expect(errorCode(byExpert)).toBe('FORBIDDEN');

      const { addCircularMeasure } = await graphqlOk<{
        addCircularMeasure: { key: string; position: number };
      }>(testApp, ADD_MEASURE, { input }, admin.headers);
      expect(addCircularMeasure).toMatchObject({ key: 'REUSE_OF_MATERIALS', position: 6 });
      expect(await catalogue(academy.id)).toHaveLength(7);

      const before = await count(`SELECT count(*)::int AS n FROM audit_entries`, []);
      const again = await testApp.graphql(ADD_MEASURE, { input }, admin.headers);
      expect(errorCode(again)).toBe('MEASURE_KEY_TAKEN');
      expect(again.errors![0].extensions).toMatchObject({ field: 'input.key' });
      expect(await catalogue(academy.id)).toHaveLength(7);
      expect(await count(`SELECT count(*)::int AS n FROM audit_entries`, [])).toBe(before);
    });
  });

  describe('measures of a pilot', () => {
    it('the team marks a measure planned, then applied with a note; audited; it can take it off again', async () => {
      const { pilots, measures } = await seededPilots(1);
      const [pilot] = pilots;
      const dialogue = measures.get('MARKET_DIALOGUE')!;
      const input = { trackedActionId: pilot.pilotId, measureId: dialogue.id };

      await graphqlOk(
        testApp,
        SET_MEASURE,
        { input: { ...input, status: 'PLANNED' } },
        pilot.contact.headers,
      );
      const { setTrackedActionMeasure: applied } = await graphqlOk<{
        setTrackedActionMeasure: Action;
      }>(
        testApp,
        SET_MEASURE,
        { input: { ...input, status: 'APPLIED', note: ' Kaksi toimittajatilaisuutta ' } },
        pilot.contact.headers,
      );
      expect(applied.measures).toEqual([
        {
          status: 'APPLIED',
          note: 'Kaksi toimittajatilaisuutta',
          criterionText: null,
          measure: expect.objectContaining({ key: 'MARKET_DIALOGUE' }) as unknown,
        },
      ]);
      const audited = await testApp.dataSource.query<Array<{ before: unknown; after: unknown }>>(
        `SELECT before, after FROM audit_entries WHERE action = 'tracked_action_measure.set'
           AND after->>'trackedActionId' = $1 ORDER BY created_at, id`,
        [pilot.pilotId],
      );
      expect(audited).toHaveLength(2);
      expect(audited[1]).toMatchObject({
        before: { status: 'PLANNED' },
        after: { status: 'APPLIED', note: 'Kaksi toimittajatilaisuutta' },
      });

      // Expert reads the same.
      expect((await read(expert, pilot.pilotId)).measures).toHaveLength(1);

      const { unsetTrackedActionMeasure: after } = await graphqlOk<{
        unsetTrackedActionMeasure: Action;
      }>(testApp, UNSET_MEASURE, { input }, pilot.contact.headers);
      expect(after.measures).toEqual([]);
      expect(
        await count(
          `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'tracked_action_measure.unset' AND before->>'trackedActionId' = $1`,
          [pilot.pilotId],
        ),
      ).toBe(1);
    });

    it('keeps the criterion text for procurement criteria only', async () => {
      const { pilots, measures } = await seededPilots(1);
      const [pilot] = pilots;
      const criteria = measures.get('PROCUREMENT_CRITERIA')!;
      const { setTrackedActionMeasure: action } = await graphqlOk<{
        setTrackedActionMeasure: Action;
      }>(
        testApp,
        SET_MEASURE,
        {
          input: {
            trackedActionId: pilot.pilotId,
            measureId: criteria.id,
            status: 'APPLIED',
            criterionText: 'Vähintään 30 % kierrätettyä kiviainesta (vertailuperuste, 20 pistettä)',
          },
        },
        pilot.contact.headers,
      );
      expect(action.measures[0]).toMatchObject({
        status: 'APPLIED',
        criterionText: 'Vähintään 30 % kierrätettyä kiviainesta (vertailuperuste, 20 pistettä)',
      });

      const before = await footprint(pilot.pilotId);
      const refused = await testApp.graphql(
        SET_MEASURE,
        {
          input: {
            trackedActionId: pilot.pilotId,
            measureId: measures.get('CONTRACT_TERMS')!.id,
            status: 'APPLIED',
            criterionText: 'Ei kuulu tänne',
          },
        },
        pilot.contact.headers,
      );
      expect(errorCode(refused)).toBe('CRITERION_TEXT_NOT_TAKEN');
      expect(refused.errors![0].extensions).toMatchObject({ field: 'input.criterionText' });
      expect(await footprint(pilot.pilotId)).toEqual(before);
    });

    it("refuses another academy's measure with a stable code, in the caller's language; the database refuses it too", async () => {
      const { pilots } = await seededPilots(1);
      const [pilot] = pilots;
      const elsewhere = await seededPilots(1);
      const foreign = elsewhere.measures.get('MARKET_ANALYSIS')!;

      const before = await footprint(pilot.pilotId);
      const refused = await testApp.graphql(
        SET_MEASURE,
        { input: { trackedActionId: pilot.pilotId, measureId: foreign.id, status: 'APPLIED' } },
        { ...pilot.contact.headers, 'accept-language': 'sv' },
      );
      expect(errorCode(refused)).toBe('MEASURE_NOT_IN_CATALOGUE');
      expect(refused.errors![0].extensions).toMatchObject({ field: 'input.measureId' });
      expect(refused.errors![0].message).toContain('akademins förteckning');
      expect(await footprint(pilot.pilotId)).toEqual(before);

      // Underneath, the composite key carrying the academy refuses the row whatever writes it.
      const [action] = await testApp.dataSource.query<Array<{ academy_id: string }>>(
        `SELECT academy_id FROM tracked_actions WHERE id = $1`,
        [pilot.pilotId],
      );
      await expect(
        testApp.dataSource.query(
          `INSERT INTO tracked_action_measures (tracked_action_id, academy_id, measure_id, status)
           VALUES ($1, $2, $3, 'APPLIED')`,
          [pilot.pilotId, action.academy_id, foreign.id],
        ),
      ).rejects.toMatchObject({ code: '23503' });
    });

    it("refuses edits by staff and by another organisation's team (nothing written); outsiders are told it does not exist", async () => {
      const { pilots, measures } = await seededPilots(2);
      const [mine, theirs] = pilots;
      const input = {
        trackedActionId: mine.pilotId,
        measureId: measures.get('LIFE_CYCLE')!.id,
        status: 'PLANNED',
      };
      const stranger = await academyWithPilots(testApp, admin, 1);
      const before = await footprint(mine.pilotId);
      expect(errorCode(await testApp.graphql(SET_MEASURE, { input }, theirs.contact.headers))).toBe(
        'NOT_YOUR_PILOT',
      );
      expect(errorCode(await testApp.graphql(SET_MEASURE, { input }, expert.headers))).toBe(
        'NOT_YOUR_PILOT',
      );
      expect(
        errorCode(
          await testApp.graphql(SET_MEASURE, { input }, stranger.pilots[0].contact.headers),
        ),
      ).toBe('NOT_FOUND');
      expect(await footprint(mine.pilotId)).toEqual(before);
    });
  });

  describe('metrics', () => {
    it('computes progress from baseline toward target with the latest measurement by date', async () => {
      const { pilots } = await seededPilots(1);
      const [pilot] = pilots;
      const metric = await addMetric(pilot, {
        name: 'Kierrätetyn kiviaineksen osuus',
        unit: '%',
        baseline: '10',
        target: '50.5',
      });
      expect(metric).toMatchObject({
        baseline: '10',
        target: '50.5',
        progress: null,
        latest: null,
      });

      const record = (measuredOn: string, value: string) =>
        graphqlOk<{ recordMeasurement: Action }>(
          testApp,
          RECORD,
          { input: { trackedActionId: pilot.pilotId, metricId: metric.id, measuredOn, value } },
          pilot.contact.headers,
        );
      await record('2026-03-31', '30.25');
      const { recordMeasurement } = await record('2026-01-31', '12.0000');
      const [after] = recordMeasurement.metrics;
      // The latest by date counts, not the latest written: (30.25 − 10) / (50.5 − 10) = 0.5.
      expect(after.latest).toEqual({ measuredOn: '2026-03-31', value: '30.25' });
      expect(after.progress).toBeCloseTo(0.5, 10);
      expect(after.measurements.map((m) => m.measuredOn)).toEqual(['2026-01-31', '2026-03-31']);

      // Recording a date again replaces that day's value (audited as a replacement).
      const { recordMeasurement: replaced } = await record('2026-03-31', '70');
      expect(replaced.metrics[0].measurements).toHaveLength(2);
      expect(replaced.metrics[0].progress).toBe(1);
      expect(
        await count(
          `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'metric_measurement.replaced' AND after->>'metricId' = $1`,
          [metric.id],
        ),
      ).toBe(1);
    });

    it('has no progress when target equals baseline, and works for a falling target', async () => {
      const { pilots } = await seededPilots(1);
      const [pilot] = pilots;
      const flat = await addMetric(pilot, {
        name: 'Tasainen',
        unit: 'kpl',
        baseline: '40',
        target: '40.0',
      });
      const falling = await addMetric(pilot, {
        name: 'Hiilijalanjälki',
        unit: 't CO₂e',
        baseline: '120',
        target: '80',
      });
      for (const metricId of [flat.id, falling.id])
        await graphqlOk(
          testApp,
          RECORD,
          {
            input: {
              trackedActionId: pilot.pilotId,
              metricId,
              measuredOn: '2026-04-30',
              value: '100',
            },
          },
          pilot.contact.headers,
        );
      const { metrics } = await read(pilot.contact, pilot.pilotId);
      expect(metrics.map((m) => [m.name, m.progress])).toEqual([
        ['Tasainen', null],
        ['Hiilijalanjälki', 0.5],
      ]);

      // Moving the target changes the progress (audited before/after).
      const { updateMetric } = await graphqlOk<{ updateMetric: Action }>(
        testApp,
        UPDATE_METRIC,
        { input: { trackedActionId: pilot.pilotId, metricId: flat.id, target: '140' } },
        pilot.contact.headers,
      );
      expect(updateMetric.metrics[0]).toMatchObject({ target: '140', progress: 0.6 });
    });

    it("refuses a measurement for another action's metric, a date that does not exist and a bad number; nothing written", async () => {
      const { pilots } = await seededPilots(2);
      const [mine, theirs] = pilots;
      const theirMetric = await addMetric(theirs, {
        name: 'CO₂e',
        unit: 't',
        baseline: '0',
        target: '10',
      });
      const myMetric = await addMetric(mine, {
        name: 'CO₂e',
        unit: 't',
        baseline: '0',
        target: '10',
      });
      const before = await footprint(mine.pilotId);
      const theirsBefore = await footprint(theirs.pilotId);

      const foreign = await testApp.graphql(
        RECORD,
        {
          input: {
            trackedActionId: mine.pilotId,
            metricId: theirMetric.id,
            measuredOn: '2026-04-30',
            value: '5',
          },
        },
        mine.contact.headers,
      );
      expect(errorCode(foreign)).toBe('METRIC_NOT_IN_ACTION');
      expect(foreign.errors![0].extensions).toMatchObject({ field: 'input.metricId' });

      const noSuchDay = await testApp.graphql(
        RECORD,
        {
          input: {
            trackedActionId: mine.pilotId,
            metricId: myMetric.id,
            measuredOn: '2026-11-31',
            value: '5',
          },
        },
        { ...mine.contact.headers, 'accept-language': 'en' },
      );
      expect(errorCode(noSuchDay)).toBe('INVALID_DATE');
      expect(noSuchDay.errors![0].extensions).toMatchObject({ field: 'input.measuredOn' });

      for (const value of ['1e3', '12345678901', '1.23456', 'ten'])
        expect(
          errorCode(
            await testApp.graphql(
              RECORD,
              {
                input: {
                  trackedActionId: mine.pilotId,
                  metricId: myMetric.id,
                  measuredOn: '2026-04-30',
                  value,
                },
              },
              mine.contact.headers,
            ),
          ),
        ).toBe('BAD_USER_INPUT');

      expect(await footprint(mine.pilotId)).toEqual(before);
      expect(await footprint(theirs.pilotId)).toEqual(theirsBefore);

      // The composite key carrying the action refuses such a row underneath too.
      await expect(
        testApp.dataSource.query(
          `INSERT INTO metric_measurements (tracked_action_id, metric_id, measured_on, value)
           VALUES ($1, $2, '2026-04-30', 5)`,
          [mine.pilotId, theirMetric.id],
        ),
      ).rejects.toMatchObject({ code: '23503' });
    });
  });

  describe('progress updates and comments', () => {
    it('an update with a stage change moves the stage and appears in the stage history', async () => {
      const { pilots } = await seededPilots(1);
      const [pilot] = pilots;
      const { writeProgressUpdate: first } = await graphqlOk<{ writeProgressUpdate: Action }>(
        testApp,
        WRITE_UPDATE,
        {
          input: {
            trackedActionId: pilot.pilotId,
            body: 'Markkinavuoropuhelu pidetty, tarjouspyyntö valmisteilla.',
            stage: 'PLANNING',
          },
        },
        pilot.contact.headers,
      );
      expect(first.stage).toBe('PLANNING');
      expect(first.stageHistory).toEqual([
        { fromStage: 'NOT_STARTED', toStage: 'PLANNING', changedByName: pilot.contact.user.name },
      ]);
      expect(first.updates).toEqual([
        {
          id: expect.any(String) as unknown,
          body: 'Markkinavuoropuhelu pidetty, tarjouspyyntö valmisteilla.',
          authorName: pilot.contact.user.name,
          stageChange: {
            fromStage: 'NOT_STARTED',
            toStage: 'PLANNING',
            changedByName: pilot.contact.user.name,
          },
          comments: [],
        },
      ]);

      // Without a stage, or with the stage it already has, the history stays as it is.
      testApp.clock.set(new Date(START.getTime() + 60_000));
      await graphqlOk(
        testApp,
        WRITE_UPDATE,
        { input: { trackedActionId: pilot.pilotId, body: 'Ei muutoksia.', stage: 'PLANNING' } },
        pilot.contact.headers,
      );
      testApp.clock.set(new Date(START.getTime() + 120_000));
      await graphqlOk(
        testApp,
        WRITE_UPDATE,
        { input: { trackedActionId: pilot.pilotId, body: 'Tarjouspyyntö julki.' } },
        pilot.contact.headers,
      );
      testApp.clock.set(START);
      const action = await read(expert, pilot.pilotId);
      expect(action.stageHistory).toHaveLength(1);
      expect(action.updates.map((u) => [u.body, u.stageChange?.toStage ?? null])).toEqual([
        ['Tarjouspyyntö julki.', null],
        ['Ei muutoksia.', null],
        ['Markkinavuoropuhelu pidetty, tarjouspyyntö valmisteilla.', 'PLANNING'],
      ]);
      expect(
        await count(
          `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'tracked_action.stage_changed' AND entity_id = $1`,
          [pilot.pilotId],
        ),
      ).toBe(1);
    });

    it("experts comment; another organisation's team may neither write nor comment, and nothing is written", async () => {
      const { pilots } = await seededPilots(2);
      const [mine, theirs] = pilots;
      const { writeProgressUpdate } = await graphqlOk<{ writeProgressUpdate: Action }>(
        testApp,
        WRITE_UPDATE,
        { input: { trackedActionId: mine.pilotId, body: 'Sopimus allekirjoitettu.' } },
        mine.contact.headers,
      );
      const updateId = writeProgressUpdate.updates[0].id;

      const { commentProgressUpdate } = await graphqlOk<{
        commentProgressUpdate: { comments: Array<{ body: string; authorName: string | null }> };
      }>(
        testApp,
        COMMENT,
        { input: { progressUpdateId: updateId, body: 'Hienoa! Muistakaa seurantamittarit.' } },
        expert.headers,
      );
      expect(commentProgressUpdate.comments).toEqual([
        { body: 'Hienoa! Muistakaa seurantamittarit.', authorName: expert.user.name },
      ]);
      // The team answers in the same thread; an admin may comment too.
      await graphqlOk(
        testApp,
        COMMENT,
        { input: { progressUpdateId: updateId, body: 'Kiitos, lisätty.' } },
        mine.contact.headers,
      );
      await graphqlOk(
        testApp,
        COMMENT,
        { input: { progressUpdateId: updateId, body: 'Hyvä.' } },
        admin.headers,
      );

      const before = await footprint(mine.pilotId);
      const write = await testApp.graphql(
        WRITE_UPDATE,
        { input: { trackedActionId: mine.pilotId, body: 'Vieras päivitys', stage: 'DONE' } },
        theirs.contact.headers,
      );
      expect(errorCode(write)).toBe('NOT_YOUR_PILOT');
      const comment = await testApp.graphql(
        COMMENT,
        { input: { progressUpdateId: updateId, body: 'Vieras kommentti' } },
        theirs.contact.headers,
      );
      expect(errorCode(comment)).toBe('NOT_FOUND');
      // An expert writes no updates of a pilot (they comment).
      expect(
        errorCode(
          await testApp.graphql(
            WRITE_UPDATE,
            { input: { trackedActionId: mine.pilotId, body: 'Asiantuntijan päivitys' } },
            expert.headers,
          ),
        ),
      ).toBe('NOT_YOUR_PILOT');
      expect(await footprint(mine.pilotId)).toEqual(before);
      expect((await read(mine.contact, mine.pilotId)).stage).toBe('NOT_STARTED');

      const [thread] = (await read(expert, mine.pilotId)).updates;
      expect(thread.comments.map((c) => c.body)).toEqual([
        'Hienoa! Muistakaa seurantamittarit.',
        'Kiitos, lisätty.',
        'Hyvä.',
      ]);
    });
  });

  it("reads an action plan's measures, metrics and updates in a bounded number of statements", async () => {
    const academy = await createAcademy(testApp.dataSource);
    await seed(academy.id);
    const dialogue = (await catalogue(academy.id)).find((m) => m.key === 'MARKET_DIALOGUE')!;
    const addActions = async (count: number) => {
      for (let index = 0; index < count; index++) {
        const { createActionPlanAction: action } = await graphqlOk<{
          createActionPlanAction: { id: string };
        }>(
          testApp,
          CREATE_ACTION,
          { input: { academyId: academy.id, title: { fi: `Toimenpide ${index}` } } },
          admin.headers,
        );
        const trackedActionId = action.id;
        // An admin edits the action plan's actions (the programme's own, no team).
        await graphqlOk(
          testApp,
          SET_MEASURE,
          { input: { trackedActionId, measureId: dialogue.id, status: 'APPLIED' } },
          admin.headers,
        );
        const { addMetric } = await graphqlOk<{ addMetric: Action }>(
          testApp,
          ADD_METRIC,
          { input: { trackedActionId, name: 'CO₂e', unit: 't', baseline: '0', target: '10' } },
          admin.headers,
        );
        await graphqlOk(
          testApp,
          RECORD,
          {
            input: {
              trackedActionId,
              metricId: addMetric.metrics[0].id,
              measuredOn: '2026-04-30',
              value: '4',
            },
          },
          admin.headers,
        );
        const { writeProgressUpdate } = await graphqlOk<{ writeProgressUpdate: Action }>(
          testApp,
          WRITE_UPDATE,
          { input: { trackedActionId, body: 'Edistyy.', stage: 'PLANNING' } },
          admin.headers,
        );
        await graphqlOk(
          testApp,
          COMMENT,
          { input: { progressUpdateId: writeProgressUpdate.updates[0].id, body: 'Hyvä.' } },
          expert.headers,
        );
      }
    };
    const plan = () =>
      countQueries(() =>
        testApp.graphql<{ actionPlan: Action[] }>(
          `query ($academyId: ID!) { actionPlan(academyId: $academyId) { id
            measures { status measure { key } }
            metrics { progress measurements { value } }
            updates(limit: 5) { body stageChange { toStage } comments { body authorName } } } }`,
          { academyId: academy.id },
          expert.headers,
        ),
      );
    await addActions(2);
    const two = await plan();
    await addActions(4);
    const six = await plan();

    expect(two.result.errors).toBeUndefined();
    expect(six.result.errors).toBeUndefined();
    const actions = six.result.data!.actionPlan;
    expect(actions).toHaveLength(6);
    for (const action of actions) {
      expect(action.measures).toHaveLength(1);
      expect(action.metrics[0]).toMatchObject({ progress: 0.4 });
      expect(action.updates[0].comments).toHaveLength(1);
    }
    // Two actions or six: the same statements (the loaders batch every action of the list).
    expect(six.statements).toBe(two.statements);
  });
});
