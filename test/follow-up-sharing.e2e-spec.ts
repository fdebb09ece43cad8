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

const START = new Date('2026-05-04T09:00:00Z');

const METRIC = 'name unit baseline target latestValue latestMeasuredOn progress';
const SUMMARIES = `query ($academyId: ID!) { cohortPilotSummaries(academyId: $academyId) {
  trackedActionId organisationName title { fi sv en text } category stage published
  measures { key label { fi sv en text } status criterionText } metrics { ${METRIC} } } }`;
const PUBLIC = `query ($slug: String!) { publicResults(academySlug: $slug) {
  organisationName title { fi sv en text } stage
  measuresApplied { key label { fi sv en text } } metrics { ${METRIC} } } }`;
const PUBLISH = `mutation ($id: ID!, $published: Boolean!) { setPilotPublished(trackedActionId: $id, published: $published) { id sharing { consent published publishedAt } } }`;
const SHARING = `query ($id: ID!) { trackedAction(id: $id) { sharing { consent published publishedAt } } }`;
const CATALOGUE = `query ($academyId: ID!) { circularMeasures(academyId: $academyId) { id key takesCriterionText } }`;
const SET_MEASURE = `mutation ($input: SetTrackedActionMeasureInput!) { setTrackedActionMeasure(input: $input) { id } }`;
const ADD_METRIC = `mutation ($input: AddMetricInput!) { addMetric(input: $input) { metrics { id } } }`;
const RECORD = `mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }`;
const ADD_TASK = `mutation ($input: AddTaskInput!) { addTrackedActionTask(input: $input) { id } }`;
const WRITE_UPDATE = `mutation ($input: WriteProgressUpdateInput!) { writeProgressUpdate(input: $input) { id } }`;
const TYPE = `query ($name: String!) { __type(name: $name) { name kind fields { name type { ...T } } } }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface Summary {
  trackedActionId: string;
  organisationName: string;
  stage: string;
  published: boolean;
  measures: Array<{ key: string; status: string; criterionText: string | null }>;
  metrics: Array<Record<string, unknown>>;
}
interface PublicResult {
  organisationName: string;
  stage: string;
  measuresApplied: Array<{ key: string }>;
  metrics: Array<Record<string, unknown>>;
}

/**
 * Every field the shared summary and the public results expose, type by type, as reached from
 * their roots. A field added to any of these types fails this test until it is judged
 * (nothing personal, no free text about people) and listed here.
 */
const SUMMARY_TYPES = {
  CohortPilotSummary: [
    'category',
    'measures',
    'metrics',
    'organisationName',
    'published',
    'stage',
    'title',
    'trackedActionId',
  ],
  SharedMeasure: ['criterionText', 'key', 'label', 'status'],
  SharedMetric: [
    'baseline',
    'latestMeasuredOn',
    'latestValue',
    'name',
    'progress',
    'target',
    'unit',
  ],
  LocalizedText: ['en', 'fi', 'sv', 'text'],
};
const PUBLIC_TYPES = {
  PublicPilotResult: [
    'measuresApplied',
    'metrics',
    'organisationName',
    'outcomeReport',
    'stage',
    'title',
  ],
  AppliedMeasure: ['key', 'label'],
  // The outcome report's non-personal fields (issue 16): lessons and criteria are written for
  // publication by the responsible person, who gave permission; no submitter, no dates.
  PublicOutcomeReport: ['criteriaText', 'finalMetrics', 'lessons', 'measuresUsed', 'procured'],
  PublicOutcomeMeasure: ['key', 'label'],
  PublicOutcomeMetric: ['baseline', 'finalValue', 'name', 'target', 'targetMet', 'unit'],
  SharedMetric: SUMMARY_TYPES.SharedMetric,
  LocalizedText: SUMMARY_TYPES.LocalizedText,
};

describe('follow-up: who sees what beyond the team (shared summary, public results)', () => {
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

  const setConsent = (pilot: CohortPilot, consent: boolean) =>
    testApp.dataSource.query(
      `UPDATE applications SET answers = jsonb_set(answers, '{consents}', $2::jsonb) WHERE id = $1`,
      [pilot.applicationId, JSON.stringify({ shareLearnings: consent, attendEvents: true })],
    );
  const summaries = async (academyId: string, who: SignedInUser) =>
    (
      await graphqlOk<{ cohortPilotSummaries: Summary[] }>(
        testApp,
        SUMMARIES,
        { academyId },
        who.headers,
      )
    ).cohortPilotSummaries;
  const publicResults = async (slug: string) => {
    const response = await testApp.graphql<{ publicResults: PublicResult[] }>(PUBLIC, { slug });
    expect(response.errors).toBeUndefined();
    return { results: response.data!.publicResults, json: JSON.stringify(response.data) };
  };
  const publish = (pilot: CohortPilot, published: boolean, who: SignedInUser = pilot.contact) =>
    testApp.graphql<{ setPilotPublished: { sharing: { consent: boolean; published: boolean } } }>(
      PUBLISH,
      { id: pilot.pilotId, published },
      who.headers,
    );
  const publications = async () =>
    (
      await testApp.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM tracked_action_publications`,
      )
    )[0].n;
  const auditCount = async () =>
    (
      await testApp.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM audit_entries`,
      )
    )[0].n;

  /**
   * Three confirmed pilots: A and B consented, C did not. Each has measures (with notes naming
   * a person), a metric with measurements (with notes), a task owned by a team member and a
   * progress update: the team's view has people in it everywhere.
   */
  const cohort = async () => {
    const { academy, pilots } = await academyWithPilots(testApp, admin, 3);
    const [a, b, c] = pilots;
    await setConsent(a, true);
    await setConsent(b, true);
    await setConsent(c, false);
    await testApp.app
      .get(CircularMeasuresService)
      .seedDefaults(testApp.dataSource.manager, academy.id);
    const { circularMeasures } = await graphqlOk<{
      circularMeasures: Array<{ id: string; key: string; takesCriterionText: boolean }>;
    }>(testApp, CATALOGUE, { academyId: academy.id }, admin.headers);
    const people = await testApp.dataSource.query<Array<{ name: string; email: string }>>(
      `SELECT name, email FROM cohort_participants WHERE academy_id = $1
       UNION SELECT coalesce(u.name, ''), u.email FROM users u WHERE u.id = ANY($2::uuid[])`,
      [academy.id, pilots.map((p) => p.contact.user.id)],
    );
    for (const pilot of pilots) {
      const person = people.find((p) => pilot.participants.has(p.email))!;
      const [dialogue, criteria, analysis] = [
        circularMeasures.find((m) => m.key === 'MARKET_DIALOGUE')!,
        circularMeasures.find((m) => m.takesCriterionText)!,
        circularMeasures.find((m) => m.key === 'MARKET_ANALYSIS')!,
      ];
      const setMeasure = (input: Record<string, unknown>) =>
        graphqlOk(
          testApp,
          SET_MEASURE,
          { input: { trackedActionId: pilot.pilotId, ...input } },
          pilot.contact.headers,
        );
      await setMeasure({
        measureId: dialogue.id,
        status: 'APPLIED',
        note: `Vetäjänä ${person.name} (${person.email})`,
      });
      await setMeasure({
        measureId: criteria.id,
        status: 'PLANNED',
        criterionText: 'Kierrätetyn kiviaineksen osuus vähintään 30 %',
      });
      await setMeasure({ measureId: analysis.id, status: 'NOT_USED' });
      const { addMetric } = await graphqlOk<{ addMetric: { metrics: Array<{ id: string }> } }>(
        testApp,
        ADD_METRIC,
        {
          input: {
            trackedActionId: pilot.pilotId,
            name: 'Kierrätetyn kiviaineksen osuus',
            unit: '%',
            baseline: '10',
            target: '50',
          },
        },
        pilot.contact.headers,
      );
      await graphqlOk(
        testApp,
        RECORD,
        {
          input: {
            trackedActionId: pilot.pilotId,
            metricId: addMetric.metrics[0].id,
            measuredOn: '2026-04-30',
            value: '30',
            note: `Mittasi ${person.name}`,
          },
        },
        pilot.contact.headers,
      );
      await graphqlOk(
        testApp,
        ADD_TASK,
        {
          input: {
            trackedActionId: pilot.pilotId,
            title: 'Markkinavuoropuhelu',
            dueDate: '2026-06-30',
            ownerParticipantId: pilot.participants.get(person.email),
          },
        },
        pilot.contact.headers,
      );
      await graphqlOk(
        testApp,
        WRITE_UPDATE,
        { input: { trackedActionId: pilot.pilotId, body: `${person.name} kävi vuoropuhelun.` } },
        pilot.contact.headers,
      );
    }
    return { academy, a, b, c, people };
  };

  /** typeName → its field names, for every object type reachable from `root`. */
  const walk = async (root: string): Promise<Record<string, string[]>> => {
    const seen: Record<string, string[]> = {};
    const queue = [root];
    while (queue.length > 0) {
      const name = queue.shift()!;
      if (seen[name]) continue;
      const { __type } = await graphqlOk<{
        __type: { kind: string; fields: Array<{ name: string; type: TypeRef }> | null };
      }>(testApp, TYPE, { name });
      if (__type.kind !== 'OBJECT') continue;
      seen[name] = __type.fields!.map((field) => field.name).sort();
      for (const field of __type.fields!) {
        let type: TypeRef | null = field.type;
        while (type?.ofType) type = type.ofType;
        if (type?.kind === 'OBJECT' && type.name) queue.push(type.name);
      }
    }
    return seen;
  };

  it('the types walked from the shared summary and the public results have exactly the judged fields', async () => {
    expect(await walk('CohortPilotSummary')).toEqual(SUMMARY_TYPES);
    expect(await walk('PublicPilotResult')).toEqual(PUBLIC_TYPES);
  });

  it('the shared summary lists the consenting organisations only, to cohort participants and staff', async () => {
    const { academy, a, b, c } = await cohort();
    // A participant of the non-consenting organisation sees the others' summaries.
    for (const who of [c.contact, a.contact, expert, admin]) {
      const list = await summaries(academy.id, who);
      expect(list.map((s) => s.trackedActionId).sort()).toEqual([a.pilotId, b.pilotId].sort());
    }
    const [first] = await summaries(academy.id, c.contact);
    expect(first).toMatchObject({
      organisationName: a.organisation.name,
      stage: 'NOT_STARTED',
      published: false,
      metrics: [
        {
          name: 'Kierrätetyn kiviaineksen osuus',
          unit: '%',
          baseline: '10',
          target: '50',
          latestValue: '30',
          latestMeasuredOn: '2026-04-30',
          progress: 0.5,
        },
      ],
    });
    expect(first.measures.map((m) => m.status).sort()).toEqual(['APPLIED', 'NOT_USED', 'PLANNED']);
    // Nobody outside the cohort: another academy's participant or a plain user.
    const outsider = await createSignedInUser(testApp.dataSource);
    const other = await academyWithPilots(testApp, admin, 1);
    for (const who of [outsider, other.pilots[0].contact]) {
      const refused = await testApp.graphql(SUMMARIES, { academyId: academy.id }, who.headers);
      expect(errorCode(refused)).toBe('FORBIDDEN');
    }
    const signedOut = await testApp.graphql(SUMMARIES, { academyId: academy.id });
    expect(errorCode(signedOut)).toBe('UNAUTHENTICATED');
  });

  it('publishing needs the consent: NO_SHARING_CONSENT with nothing written; consent and publication both show a pilot publicly', async () => {
    const { academy, a, b, c, people } = await cohort();
    expect((await publicResults(academy.slug)).results).toEqual([]);

    const auditBefore = await auditCount();
    const publicationsBefore = await publications();
    for (const who of [c.contact, admin]) {
      const refused = await publish(c, true, who);
      expect(errorCode(refused)).toBe('NO_SHARING_CONSENT');
      expect(refused.errors![0].message).toMatch(/consent/);
    }
    const inFinnish = await testApp.graphql(
      PUBLISH,
      { id: c.pilotId, published: true },
      { ...c.contact.headers, 'accept-language': 'fi' },
    );
    expect(inFinnish.errors![0].message).toMatch(/lupaa oppien jakamiseen/);
    expect(await publications()).toBe(publicationsBefore);
    expect(await auditCount()).toBe(auditBefore);

    // Another organisation's team and an expert cannot publish A; only its team or an admin.
    expect(errorCode(await publish(a, true, b.contact))).toBe('NOT_YOUR_PILOT');
    expect(errorCode(await publish(a, true, expert))).toBe('NOT_YOUR_PILOT');
    const byTeam = await publish(a, true);
    expect(byTeam.data?.setPilotPublished.sharing).toMatchObject({
      consent: true,
      published: true,
    });
    expect(await auditCount()).toBe(auditBefore + 1);
    expect((await publish(b, true, admin)).errors).toBeUndefined();

    const { results, json } = await publicResults(academy.slug);
    expect(results.map((r) => r.organisationName)).toEqual([
      a.organisation.name,
      b.organisation.name,
    ]);
    expect(results[0]).toMatchObject({
      stage: 'NOT_STARTED',
      measuresApplied: [{ key: 'MARKET_DIALOGUE' }],
      metrics: [{ latestValue: '30', progress: 0.5 }],
    });
    // Nothing personal: no seeded person's name or e-mail anywhere in the answer (the measure
    // notes, measurement notes, tasks and updates all name them in the team's view).
    expect(people.length).toBeGreaterThan(3);
    for (const person of people) {
      if (person.name.length >= 3) expect(json).not.toContain(person.name);
      expect(json.toLowerCase()).not.toContain(person.email.toLowerCase());
    }
    expect(json).not.toContain('@');
    // The shared summary carries no person either.
    const shared = JSON.stringify(await summaries(academy.id, c.contact));
    for (const person of people) {
      if (person.name.length >= 3) expect(shared).not.toContain(person.name);
      expect(shared.toLowerCase()).not.toContain(person.email.toLowerCase());
    }

    // Consent gone: A leaves both lists though its publication stays; back when it returns.
    await setConsent(a, false);
    expect((await publicResults(academy.slug)).results.map((r) => r.organisationName)).toEqual([
      b.organisation.name,
    ]);
    expect((await summaries(academy.id, b.contact)).map((s) => s.trackedActionId)).toEqual([
      b.pilotId,
    ]);
    const sharing = await graphqlOk<{ trackedAction: { sharing: Record<string, unknown> } }>(
      testApp,
      SHARING,
      { id: a.pilotId },
      a.contact.headers,
    );
    expect(sharing.trackedAction.sharing).toMatchObject({ consent: false, published: true });
    await setConsent(a, true);
    // Unpublishing takes it off the public page; the shared summary keeps it.
    expect((await publish(a, false)).errors).toBeUndefined();
    expect((await publicResults(academy.slug)).results.map((r) => r.organisationName)).toEqual([
      b.organisation.name,
    ]);
    expect(
      (await summaries(academy.id, c.contact)).find((s) => s.trackedActionId === a.pilotId),
    ).toMatchObject({ published: false });
  });

  it('public results need no sign-in, are NOT_FOUND for an unknown academy, and read in a fixed number of statements', async () => {
    const unknown = await testApp.graphql(PUBLIC, { slug: 'ei-ole-olemassa' });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const small = await cohort();
    await publish(small.a, true);
    const large = await academyWithPilots(testApp, admin, 5);
    for (const pilot of large.pilots) {
      await setConsent(pilot, true);
      await publish(pilot, true);
      await graphqlOk(
        testApp,
        ADD_METRIC,
        {
          input: {
            trackedActionId: pilot.pilotId,
            name: 'CO₂e',
            unit: 't',
            baseline: '120',
            target: '80',
          },
        },
        pilot.contact.headers,
      );
    }
    const statements = async (slug: string) =>
      (await countQueries(() => publicResults(slug))).statements;
    expect(await statements(large.academy.slug)).toBe(await statements(small.academy.slug));
  });
});
