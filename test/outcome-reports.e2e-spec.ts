import { CircularMeasuresService } from '../src/modules/follow-up/measures/circular-measures.service.js';
import {
  academyWithPilots,
  createAdmin,
  createExpert,
  createSignedInUser,
  type CohortPilot,
  type SignedInUser,
} from './factories/index.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { countQueries } from './helpers/query-count.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const START = new Date('2027-03-01T09:00:00Z');

const REPORT_FIELDS = `trackedActionId organisationName pilotTitle { fi } status dueOn dueAt canEdit
  procured measuresUsed { id key } criteriaText
  finalMetrics { metricId name unit baseline target finalValue targetMet }
  lessons permissionToPublish submittedAt submittedBy`;
const REPORT = `query ($academyId: ID!, $organisationId: ID!) { outcomeReport(academyId: $academyId, organisationId: $organisationId) { ${REPORT_FIELDS} } }`;
const MINE = `query ($academyId: ID!) { myOutcomeReports(academyId: $academyId) { trackedActionId status canEdit } }`;
const REPORTS = `query ($academyId: ID!) { outcomeReports(academyId: $academyId) { ${REPORT_FIELDS} } }`;
const SAVE = `mutation ($input: SaveOutcomeReportInput!) { saveOutcomeReport(input: $input) { ${REPORT_FIELDS} } }`;
const SUBMIT = `mutation ($input: SaveOutcomeReportInput!) { submitOutcomeReport(input: $input) { ${REPORT_FIELDS} } }`;
const DEADLINE = `mutation ($input: SetOutcomeReportDeadlineInput!) { setOutcomeReportDeadline(input: $input) { outcomeReportDueOn checkInCadence } }`;
const SET_SETTINGS = `mutation ($input: SetFollowUpSettingsInput!) { setFollowUpSettings(input: $input) { outcomeReportDueOn } }`;
const PUBLIC = `query ($slug: String!) { publicResults(academySlug: $slug) {
  organisationName stage outcomeReport { procured criteriaText lessons
    measuresUsed { key label { fi } } finalMetrics { name unit baseline target finalValue targetMet } } } }`;
const CATALOGUE = `query ($academyId: ID!) { circularMeasures(academyId: $academyId) { id key takesCriterionText } }`;
const SET_MEASURE = `mutation ($input: SetTrackedActionMeasureInput!) { setTrackedActionMeasure(input: $input) { id } }`;
const ADD_METRIC = `mutation ($input: AddMetricInput!) { addMetric(input: $input) { metrics { id } } }`;
const RECORD = `mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }`;

interface Metric {
  metricId: string;
  name: string;
  target: string;
  finalValue: string | null;
  targetMet: boolean;
}
interface Report {
  trackedActionId: string;
  organisationName: string;
  status: string;
  dueOn: string | null;
  dueAt: string | null;
  canEdit: boolean;
  procured: string;
  measuresUsed: Array<{ id: string; key: string }>;
  criteriaText: string;
  finalMetrics: Metric[];
  lessons: string;
  permissionToPublish: boolean;
  submittedAt: string | null;
  submittedBy: string | null;
}

describe('outcome reports of alumni pilots', () => {
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

  const setStatus = (academyId: string, status: string) =>
    testApp.dataSource.query(`UPDATE academies SET status = $2 WHERE id = $1`, [academyId, status]);
  const setConsent = (pilot: CohortPilot, consent: boolean) =>
    testApp.dataSource.query(
      `UPDATE applications SET answers = jsonb_set(answers, '{consents}', $2::jsonb) WHERE id = $1`,
      [pilot.applicationId, JSON.stringify({ shareLearnings: consent, attendEvents: true })],
    );
  const counts = async () =>
    (
      await testApp.dataSource.query<Array<Record<string, number>>>(
        `SELECT (SELECT count(*)::int FROM outcome_reports) AS reports,
           (SELECT count(*)::int FROM outcome_reports WHERE submitted_at IS NOT NULL) AS submitted,
           (SELECT count(*)::int FROM outcome_report_measures) AS measures,
           (SELECT count(*)::int FROM outcome_report_metrics) AS metrics,
           (SELECT count(*)::int FROM audit_entries) AS audit`,
      )
    )[0];

  /**
   * An ALUMNI academy of three pilots (A, B, C), each with measures (one APPLIED, one PLANNED
   * with a criterion text, one NOT_USED) and two metrics, the first with a measurement; each
   * responsible person has an account.
   */
  const alumni = async () => {
    const { academy, pilots } = await academyWithPilots(testApp, admin, 3);
    await setStatus(academy.id, 'ALUMNI');
    await testApp.app
      .get(CircularMeasuresService)
      .seedDefaults(testApp.dataSource.manager, academy.id);
    const { circularMeasures } = await graphqlOk<{
      circularMeasures: Array<{ id: string; key: string; takesCriterionText: boolean }>;
    }>(testApp, CATALOGUE, { academyId: academy.id }, admin.headers);
    const measure = (key: string) => circularMeasures.find((m) => m.key === key)!;
    const criteria = circularMeasures.find((m) => m.takesCriterionText)!;
    const responsible = new Map<string, SignedInUser>();
    const metrics = new Map<string, string[]>();
    for (const pilot of pilots) {
      responsible.set(
        pilot.pilotId,
        await createSignedInUser(testApp.dataSource, {
          email: pilot.team.responsible,
          name: `Vastuuhenkilö ${pilot.organisation.name}`,
        }),
      );
      const setMeasure = (input: Record<string, unknown>) =>
        graphqlOk(
          testApp,
          SET_MEASURE,
          { input: { trackedActionId: pilot.pilotId, ...input } },
          pilot.contact.headers,
        );
      await setMeasure({ measureId: measure('MARKET_DIALOGUE').id, status: 'APPLIED' });
      await setMeasure({
        measureId: criteria.id,
        status: 'PLANNED',
        criterionText: 'Kierrätetyn kiviaineksen osuus vähintään 30 %',
      });
      await setMeasure({ measureId: measure('MARKET_ANALYSIS').id, status: 'NOT_USED' });
      const ids: string[] = [];
      for (const [name, unit, baseline, target] of [
        ['Kierrätetyn kiviaineksen osuus', '%', '10', '50'],
        ['CO₂e', 't', '120', '80'],
      ]) {
        const { addMetric } = await graphqlOk<{ addMetric: { metrics: Array<{ id: string }> } }>(
          testApp,
          ADD_METRIC,
          { input: { trackedActionId: pilot.pilotId, name, unit, baseline, target } },
          pilot.contact.headers,
        );
        ids.push(addMetric.metrics.at(-1)!.id);
      }
      await graphqlOk(
        testApp,
        RECORD,
        {
          input: {
            trackedActionId: pilot.pilotId,
            metricId: ids[0],
            measuredOn: '2027-01-31',
            value: '30',
            note: 'Mittasi Vastuuhenkilö',
          },
        },
        pilot.contact.headers,
      );
      metrics.set(pilot.pilotId, ids);
    }
    return { academy, pilots, responsible, metrics, measure, criteria };
  };

  const read = async (pilot: CohortPilot, academyId: string, who: SignedInUser) =>
    (
      await graphqlOk<{ outcomeReport: Report }>(
        testApp,
        REPORT,
        { academyId, organisationId: pilot.organisation.id },
        who.headers,
      )
    ).outcomeReport;

  const input = (
    pilot: CohortPilot,
    metricIds: string[],
    overrides: Record<string, unknown> = {},
  ) => ({
    trackedActionId: pilot.pilotId,
    procured: 'Koulun peruskorjaus, urakka',
    measureIds: [],
    criteriaText: 'Kierrätetyn kiviaineksen osuus vähintään 30 %',
    finalValues: [
      { metricId: metricIds[0], value: '52.5' },
      { metricId: metricIds[1], value: '95' },
    ],
    lessons: 'Markkinavuoropuhelu kannatti aloittaa aikaisin.',
    permissionToPublish: true,
    ...overrides,
  });

  it('is prefilled from the pilot’s follow-up data before anything is saved', async () => {
    const { academy, pilots, responsible, metrics } = await alumni();
    const [a] = pilots;
    const report = await read(a, academy.id, responsible.get(a.pilotId)!);
    expect(report).toMatchObject({
      trackedActionId: a.pilotId,
      organisationName: a.organisation.name,
      status: 'NOT_STARTED',
      canEdit: true,
      dueOn: null,
      measuresUsed: [{ key: 'MARKET_DIALOGUE' }],
      criteriaText: 'Kierrätetyn kiviaineksen osuus vähintään 30 %',
      lessons: '',
      permissionToPublish: false,
      submittedAt: null,
    });
    const [pilotRow] = await testApp.dataSource.query<Array<{ title_fi: string }>>(
      `SELECT title_fi FROM tracked_actions WHERE id = $1`,
      [a.pilotId],
    );
    expect(pilotRow.title_fi.length).toBeGreaterThan(0);
    expect(report.procured.startsWith(pilotRow.title_fi)).toBe(true);
    expect(report.finalMetrics).toEqual([
      {
        metricId: metrics.get(a.pilotId)![0],
        name: 'Kierrätetyn kiviaineksen osuus',
        unit: '%',
        baseline: '10',
        target: '50',
        finalValue: '30',
        targetMet: false,
      },
      {
        metricId: metrics.get(a.pilotId)![1],
        name: 'CO₂e',
        unit: 't',
        baseline: '120',
        target: '80',
        finalValue: null,
        targetMet: false,
      },
    ]);
    // The responsible person (a named participant, not a member) finds it among their own.
    const mine = await graphqlOk<{ myOutcomeReports: Array<{ trackedActionId: string }> }>(
      testApp,
      MINE,
      { academyId: academy.id },
      responsible.get(a.pilotId)!.headers,
    );
    expect(mine.myOutcomeReports).toEqual([
      { trackedActionId: a.pilotId, status: 'NOT_STARTED', canEdit: true },
    ]);
    const outsider = await createSignedInUser(testApp.dataSource);
    expect(
      (
        await graphqlOk<{ myOutcomeReports: unknown[] }>(
          testApp,
          MINE,
          { academyId: academy.id },
          outsider.headers,
        )
      ).myOutcomeReports,
    ).toEqual([]);
    // The rest of the team reads the same report but may not write it.
    const byContact = await read(a, academy.id, a.contact);
    expect(byContact).toMatchObject({ status: 'NOT_STARTED', canEdit: false });
  });

  it('saves a draft, submits it, and shows it to the team and to experts side by side only', async () => {
    const { academy, pilots, responsible, metrics, measure } = await alumni();
    const [a, b] = pilots;
    const person = responsible.get(a.pilotId)!;
    const draft = await graphqlOk<{ saveOutcomeReport: Report }>(
      testApp,
      SAVE,
      {
        input: input(a, metrics.get(a.pilotId)!, {
          measureIds: [measure('MARKET_DIALOGUE').id, measure('LIFE_CYCLE').id],
          finalValues: [{ metricId: metrics.get(a.pilotId)![0], value: '52.5000' }],
          lessons: '',
          permissionToPublish: false,
        }),
      },
      person.headers,
    );
    expect(draft.saveOutcomeReport).toMatchObject({
      status: 'DRAFT',
      canEdit: true,
      procured: 'Koulun peruskorjaus, urakka',
      lessons: '',
      submittedAt: null,
    });
    expect(draft.saveOutcomeReport.measuresUsed.map((m) => m.key)).toEqual([
      'MARKET_DIALOGUE',
      'LIFE_CYCLE',
    ]);
    // A saved value wins; a metric without one in a draft still shows the prefill (none here).
    expect(draft.saveOutcomeReport.finalMetrics.map((m) => [m.finalValue, m.targetMet])).toEqual([
      ['52.5', true],
      [null, false],
    ]);
    expect(await read(a, academy.id, a.contact)).toMatchObject({ status: 'DRAFT', lessons: '' });

    const submitted = await graphqlOk<{ submitOutcomeReport: Report }>(
      testApp,
      SUBMIT,
      { input: input(a, metrics.get(a.pilotId)!) },
      person.headers,
    );
    expect(submitted.submitOutcomeReport).toMatchObject({
      status: 'SUBMITTED',
      canEdit: false,
      submittedAt: START.toISOString(),
      submittedBy: `Vastuuhenkilö ${a.organisation.name}`,
      permissionToPublish: true,
    });
    // CO₂e fell from 120 to 95: not yet the target 80.
    expect(submitted.submitOutcomeReport.finalMetrics.map((m) => m.targetMet)).toEqual([
      true,
      false,
    ]);

    // Experts and admins: every pilot of the academy side by side (B and C not started).
    for (const who of [expert, admin]) {
      const { outcomeReports } = await graphqlOk<{ outcomeReports: Report[] }>(
        testApp,
        REPORTS,
        { academyId: academy.id },
        who.headers,
      );
      expect(outcomeReports.map((r) => [r.trackedActionId, r.status])).toEqual([
        [a.pilotId, 'SUBMITTED'],
        [b.pilotId, 'NOT_STARTED'],
        [pilots[2].pilotId, 'NOT_STARTED'],
      ]);
      expect(outcomeReports.every((r) => !r.canEdit)).toBe(true);
    }
    // Nobody else: another cohort organisation, an outsider, a signed-out caller.
    const outsider = await createSignedInUser(testApp.dataSource);
    for (const who of [b.contact, responsible.get(b.pilotId)!, outsider]) {
      const refused = await testApp.graphql(
        REPORT,
        { academyId: academy.id, organisationId: a.organisation.id },
        who.headers,
      );
      expect(errorCode(refused)).toBe('NOT_FOUND');
      expect(
        errorCode(await testApp.graphql(REPORTS, { academyId: academy.id }, who.headers)),
      ).toBe('FORBIDDEN');
    }
    expect(
      errorCode(
        await testApp.graphql(REPORT, { academyId: academy.id, organisationId: a.organisation.id }),
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('joins the public results when the organisation consented and the report gives permission, nothing personal', async () => {
    const { academy, pilots, responsible, metrics } = await alumni();
    const [a, b, c] = pilots;
    await setConsent(a, true);
    await setConsent(b, true);
    await setConsent(c, false);
    const submit = (pilot: CohortPilot, permissionToPublish: boolean) =>
      graphqlOk(
        testApp,
        SUBMIT,
        { input: input(pilot, metrics.get(pilot.pilotId)!, { permissionToPublish }) },
        responsible.get(pilot.pilotId)!.headers,
      );
    const published = async () => {
      const response = await testApp.graphql<{
        publicResults: Array<{ organisationName: string; outcomeReport: unknown }>;
      }>(PUBLIC, { slug: academy.slug });
      expect(response.errors).toBeUndefined();
      return { results: response.data!.publicResults, json: JSON.stringify(response.data) };
    };
    // A draft with permission is not public.
    await graphqlOk(
      testApp,
      SAVE,
      { input: input(a, metrics.get(a.pilotId)!) },
      responsible.get(a.pilotId)!.headers,
    );
    expect((await published()).results).toEqual([]);
    await submit(a, true);
    await submit(b, false);
    await submit(c, true);
    const { results, json } = await published();
    expect(results).toEqual([
      {
        organisationName: a.organisation.name,
        stage: 'NOT_STARTED',
        outcomeReport: {
          procured: 'Koulun peruskorjaus, urakka',
          criteriaText: 'Kierrätetyn kiviaineksen osuus vähintään 30 %',
          lessons: 'Markkinavuoropuhelu kannatti aloittaa aikaisin.',
          measuresUsed: [],
          finalMetrics: [
            {
              name: 'Kierrätetyn kiviaineksen osuus',
              unit: '%',
              baseline: '10',
              target: '50',
              finalValue: '52.5',
              targetMet: true,
            },
            {
              name: 'CO₂e',
              unit: 't',
              baseline: '120',
              target: '80',
              finalValue: '95',
              targetMet: false,
            },
          ],
        },
      },
    ]);
    // No person: not the responsible person's name or address, no measurement note.
    for (const pilot of pilots) {
      expect(json).not.toContain('Vastuuhenkilö');
      expect(json.toLowerCase()).not.toContain(pilot.team.responsible);
    }
    expect(json).not.toContain('@');
    // The consent gone: the report leaves the page with its pilot.
    await setConsent(a, false);
    expect((await published()).results).toEqual([]);
  });

  it('reads the side-by-side list in a fixed number of statements', async () => {
    // Three pilots with one draft against six pilots with one draft, all with metrics.
    const small = await alumni();
    const [first] = small.pilots;
    await graphqlOk(
      testApp,
      SAVE,
      { input: input(first, small.metrics.get(first.pilotId)!) },
      small.responsible.get(first.pilotId)!.headers,
    );
    const large = await academyWithPilots(testApp, admin, 6);
    await setStatus(large.academy.id, 'ALUMNI');
    const metricIds: string[] = [];
    for (const pilot of large.pilots) {
      const { addMetric } = await graphqlOk<{ addMetric: { metrics: Array<{ id: string }> } }>(
        testApp,
        ADD_METRIC,
        {
          input: {
            trackedActionId: pilot.pilotId,
            name: 'CO₂e',
            unit: 't',
            baseline: '9',
            target: '5',
          },
        },
        pilot.contact.headers,
      );
      metricIds.push(addMetric.metrics[0].id);
    }
    const [one] = large.pilots;
    const person = await createSignedInUser(testApp.dataSource, { email: one.team.responsible });
    await graphqlOk(
      testApp,
      SAVE,
      {
        input: input(one, [metricIds[0]], {
          finalValues: [{ metricId: metricIds[0], value: '6' }],
        }),
      },
      person.headers,
    );
    const statements = async (academyId: string) =>
      (await countQueries(() => graphqlOk(testApp, REPORTS, { academyId }, expert.headers)))
        .statements;
    expect(await statements(large.academy.id)).toBe(await statements(small.academy.id));
  });

  it('refuses every bad report with a stable code and writes nothing', async () => {
    const { academy, pilots, responsible, metrics } = await alumni();
    const [a, b] = pilots;
    const person = responsible.get(a.pilotId)!;
    const other = await alumni();
    const before = await counts();
    const attempt = (
      who: SignedInUser,
      overrides: Record<string, unknown> = {},
      mutation: string = SAVE,
    ) =>
      testApp.graphql(
        mutation,
        { input: input(a, metrics.get(a.pilotId)!, overrides) },
        who.headers,
      );

    // Who: the rest of the team, another organisation, an expert, an outsider.
    expect(errorCode(await attempt(a.contact))).toBe('NOT_RESPONSIBLE_PERSON');
    expect(errorCode(await attempt(b.contact))).toBe('NOT_YOUR_PILOT');
    expect(errorCode(await attempt(responsible.get(b.pilotId)!))).toBe('NOT_YOUR_PILOT');
    expect(errorCode(await attempt(expert))).toBe('NOT_YOUR_PILOT');
    expect(errorCode(await attempt(await createSignedInUser(testApp.dataSource)))).toBe(
      'NOT_FOUND',
    );
    // A metric of another pilot, a value with more decimals than a metric holds, a measure
    // of another academy's catalogue, a submission without lessons.
    const foreign = await attempt(person, {
      finalValues: [{ metricId: metrics.get(b.pilotId)![0], value: '1' }],
    });
    expect(errorCode(foreign)).toBe('METRIC_NOT_IN_ACTION');
    expect(foreign.errors![0].extensions).toMatchObject({ field: 'input.finalValues.0.metricId' });
    const decimals = await attempt(person, {
      finalValues: [{ metricId: metrics.get(a.pilotId)![0], value: '12.34567' }],
    });
    expect(errorCode(decimals)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(decimals.errors![0].extensions)).toContain('finalValues');
    const measure = await attempt(person, {
      measureIds: [other.measure('MARKET_DIALOGUE').id],
    });
    expect(errorCode(measure)).toBe('MEASURE_NOT_IN_CATALOGUE');
    expect(measure.errors![0].extensions).toMatchObject({ field: 'input.measureIds.0' });
    const incomplete = await attempt(person, { lessons: '  ', procured: '' }, SUBMIT);
    expect(errorCode(incomplete)).toBe('OUTCOME_REPORT_INCOMPLETE');
    expect(incomplete.errors![0].extensions).toMatchObject({
      fields: ['input.procured', 'input.lessons'],
    });
    const inFinnish = await testApp.graphql(
      SUBMIT,
      { input: input(a, metrics.get(a.pilotId)!, { lessons: '' }) },
      { ...person.headers, 'accept-language': 'fi' },
    );
    expect(inFinnish.errors![0].message).toMatch(/mitä opittiin/);

    // Not an alumnus: the academy is still RUNNING.
    await setStatus(academy.id, 'RUNNING');
    const running = await attempt(person);
    expect(errorCode(running)).toBe('NOT_ALUMNUS');
    expect(await read(a, academy.id, person)).toMatchObject({ canEdit: false });
    await setStatus(academy.id, 'ALUMNI');

    // After the deadline (28.2.2027 ended at 22:00 UTC; the clock says 1.3. 09:00 UTC).
    expect(
      errorCode(
        await testApp.graphql(
          DEADLINE,
          { input: { academyId: academy.id, dueOn: '2027-02-30' } },
          admin.headers,
        ),
      ),
    ).toBe('INVALID_DATE');
    expect(
      errorCode(
        await testApp.graphql(
          DEADLINE,
          { input: { academyId: academy.id, dueOn: '2027-02-28' } },
          expert.headers,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    await graphqlOk(
      testApp,
      DEADLINE,
      { input: { academyId: academy.id, dueOn: '2027-02-28' } },
      admin.headers,
    );
    const auditAfterDeadline = before.audit + 1;
    const closed = await attempt(person, {}, SUBMIT);
    expect(errorCode(closed)).toBe('OUTCOME_REPORT_CLOSED');
    expect(closed.errors![0].extensions).toMatchObject({ dueAt: '2027-02-28T21:59:59.999Z' });
    expect(await read(a, academy.id, person)).toMatchObject({
      dueOn: '2027-02-28',
      dueAt: '2027-02-28T21:59:59.999Z',
      canEdit: false,
    });
    expect(await counts()).toEqual({ ...before, audit: auditAfterDeadline });

    // Open again (the deadline is 1.3.), submitted, then any change is refused.
    await graphqlOk(
      testApp,
      DEADLINE,
      { input: { academyId: academy.id, dueOn: '2027-03-01' } },
      admin.headers,
    );
    await graphqlOk(testApp, SUBMIT, { input: input(a, metrics.get(a.pilotId)!) }, person.headers);
    const afterSubmit = await counts();
    expect(errorCode(await attempt(person))).toBe('OUTCOME_REPORT_SUBMITTED');
    expect(errorCode(await attempt(person, {}, SUBMIT))).toBe('OUTCOME_REPORT_SUBMITTED');
    expect(await counts()).toEqual(afterSubmit);
  });

  it('keeps the deadline when the check-in settings change', async () => {
    const { academy } = await alumni();
    await graphqlOk(
      testApp,
      DEADLINE,
      { input: { academyId: academy.id, dueOn: '2027-05-31' } },
      admin.headers,
    );
    const { setFollowUpSettings } = await graphqlOk<{
      setFollowUpSettings: { outcomeReportDueOn: string };
    }>(
      testApp,
      SET_SETTINGS,
      { input: { academyId: academy.id, checkInCadence: 'QUARTERLY', taskReminderDays: 5 } },
      admin.headers,
    );
    expect(setFollowUpSettings.outcomeReportDueOn).toBe('2027-05-31');
  });
});
