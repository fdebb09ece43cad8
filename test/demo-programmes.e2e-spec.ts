import {
  DEMO_CIRCPRO_SEED_NAME,
  DEMO_UUSIMAA_SEED_NAME,
} from '../src/modules/demo/demo-open-programmes.js';
import { DemoSeedService } from '../src/modules/demo/demo-seed.service.js';
import { createAcademy, createAdmin } from './factories/index.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { createTestDatabase, dropTestDatabase } from './helpers/test-database.js';

const SEEDING_DAY = new Date('2026-11-24T08:00:00Z');

interface Event {
  id: string;
  kind: string;
  title: { fi: string; en: string | null };
  mode: string;
  place: string | null;
  start: { instant: string; local: string };
}

const ACADEMY = `query ($slug: String!) { academy(slug: $slug) {
  id slug status enrolment publicOutcomes
  title { fi sv en }
  dates { applicationOpensAt { instant local } applicationDeadline { instant local } }
  events { id kind title { fi en } mode place start { instant local } } } }`;

const PAGE = `query ($slug: String!) { programmePage(slug: $slug, locale: fi) {
  status
  duration { startDate endDate text }
  budget { amount currency text }
  fundingSources { name { fi en } amount { amount } }
  partners { name role { fi en } url }
  events { title { text } }
  outcomes { eventTitle { text } title { fi en } } } }`;

/** The open programmes of seeds 000/001 (CircPro) and 004 (the Uusimaa pre-study) as demo data. */
describe('demo programmes of the other seeds', () => {
  let testApp: TestApp;
  let admin: Awaited<ReturnType<typeof createAdmin>>;

  beforeAll(async () => {
    testApp = await startTestApp({ now: SEEDING_DAY, env: { SEED_DEMO_DATA: 'true' } });
    admin = await createAdmin(testApp.dataSource);
  });
  afterAll(async () => {
    await testApp.close();
  });

  async function academy(slug: string): Promise<{
    id: string;
    status: string;
    enrolment: string;
    publicOutcomes: boolean;
    title: { fi: string; sv: string | null; en: string | null };
    dates: {
      applicationOpensAt: { instant: string; local: string };
      applicationDeadline: { instant: string; local: string };
    };
    events: Event[];
  }> {
    const response = await testApp.graphql<{ academy: Awaited<ReturnType<typeof academy>> }>(
      ACADEMY,
      { slug },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.academy;
  }

  it('lists the three programmes publicly through `academies`', async () => {
    const response = await testApp.graphql<{
      academies: Array<{ slug: string; status: string; enrolment: string }>;
    }>('{ academies { slug status enrolment } }');
    expect(response.data!.academies).toEqual([
      { slug: 'kiertotalous-2027', status: 'OPEN', enrolment: 'SELECTIVE' },
      { slug: 'kiertotalous-2023', status: 'ALUMNI', enrolment: 'SELECTIVE' },
      { slug: 'uusimaa-kiertotalouslaakso', status: 'ALUMNI', enrolment: 'OPEN' },
      { slug: 'circpro-kymenlaakso', status: 'ALUMNI', enrolment: 'OPEN' },
    ]);
  });

  it('CircPro: an OPEN group anyone could join by 5.11.2018 23:59:59.999 Helsinki time', async () => {
    const circpro = await academy('circpro-kymenlaakso');
    expect(circpro.title.en).toContain('CircPro');
    expect(circpro.dates.applicationDeadline).toEqual({
      instant: '2018-11-05T21:59:59.999Z',
      local: expect.stringMatching(/^2018-11-05T23:59:59/),
    });
    expect(circpro.dates.applicationOpensAt.local).toBe('2018-09-28T00:00:00');

    const rows = await testApp.dataSource.query<
      Array<{ type: string; business_id: string | null; created_at: Date }>
    >(
      `SELECT o.type, o.business_id, s.created_at FROM sign_ups s
         JOIN organisations o ON o.id = s.organisation_id WHERE s.academy_id = $1
         ORDER BY s.created_at`,
      [circpro.id],
    );
    expect(rows.map((row) => row.type)).toEqual([
      'MUNICIPALITY',
      'COMPANY',
      'EDUCATIONAL_INSTITUTION',
      'ASSOCIATION',
      'INDIVIDUAL',
    ]);
    expect(rows.filter((row) => row.business_id === null).map((row) => row.type)).toEqual([
      'ASSOCIATION',
      'INDIVIDUAL',
    ]);
    // Every one signed up within the window.
    for (const row of rows)
      expect(row.created_at.getTime()).toBeLessThanOrEqual(Date.parse('2018-11-05T21:59:59.999Z'));
    const cohort = await testApp.graphql<{
      cohort: { organisations: Array<{ organisation: { name: string } }> };
    }>(
      'query ($academyId: ID!) { cohort(academyId: $academyId) { organisations { organisation { name } } } }',
      { academyId: circpro.id },
      admin.headers,
    );
    expect(cohort.errors).toBeUndefined();
    expect(cohort.data!.cohort.organisations).toHaveLength(5);
  });

  it('CircPro: the kick-off in Kouvola and at least five Kymenlaakso meetings Nov 2018–May 2021 at 13.00 local', async () => {
    const { events } = await academy('circpro-kymenlaakso');
    const kickoff = events.find((event) => event.kind === 'KICKOFF')!;
    expect(kickoff.start).toEqual({
      instant: '2018-09-11T06:00:00.000Z',
      local: '2018-09-11T09:00:00',
    });
    expect(kickoff.place).toBe('Kouvola');

    const regional = events.filter((event) =>
      event.title.fi.startsWith('Kymenlaakson sidosryhmätapaaminen'),
    );
    expect(regional.length).toBeGreaterThanOrEqual(5);
    expect(regional[0].start.local).toMatch(/^2018-11-2\d/);
    for (const meeting of regional) {
      expect(meeting.start.local >= '2018-11-01' && meeting.start.local < '2021-06-01').toBe(true);
      // 13.00 wall-clock whatever the offset: 11:00Z in winter, 10:00Z in summer.
      expect(meeting.start.local.slice(11)).toBe('13:00:00');
    }
    expect(regional.map((meeting) => meeting.start.instant)).toEqual([
      '2018-11-27T11:00:00.000Z',
      '2019-05-27T10:00:00.000Z',
      '2019-11-27T11:00:00.000Z',
      '2020-05-27T10:00:00.000Z',
      '2020-11-27T11:00:00.000Z',
      '2021-05-27T10:00:00.000Z',
    ]);
    expect(regional.map((meeting) => meeting.title.en)).toContain(
      'Kymenlaakso stakeholder meeting 6/6',
    );
  });

  it('CircPro: seven international meetings 2019–2021 with limited travel places', async () => {
    const { events } = await academy('circpro-kymenlaakso');
    const international = events.filter((event) =>
      event.title.fi.startsWith('Kansainvälinen hankekokous'),
    );
    expect(international).toHaveLength(7);
    expect(international.map((event) => event.place)).toEqual([
      'Sofia, Bulgaria',
      'Seville, Spain',
      'Turin, Italy',
      'Komotini, Greece',
      'Vilnius, Lithuania',
      'Elverum, Norway',
      'Tallinn, Estonia',
    ]);
    for (const event of international)
      expect(event.start.local >= '2019-01-01' && event.start.local < '2022-01-01').toBe(true);
    // 9.00 in Seville is 10.00 in Helsinki.
    expect(international[1].start.instant).toBe('2019-06-11T07:00:00.000Z');
    for (const [index, event] of international.entries()) {
      const response = await testApp.graphql<{
        eventRegistration: {
          capacity: number;
          registeredCount: number;
          waitlistedCount: number;
          closesAt: { local: string };
        } | null;
      }>(
        'query ($eventId: ID!) { eventRegistration(eventId: $eventId) { capacity registeredCount waitlistedCount closesAt { local } } }',
        { eventId: event.id },
        admin.headers,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.eventRegistration).toMatchObject({
        capacity: 3,
        registeredCount: 3,
        waitlistedCount: index === 3 ? 1 : 0,
      });
    }
  });

  it('CircPro: the programme page (duration, 11 partners, Lead Partner first) and the action plan', async () => {
    const response = await testApp.graphql<{
      programmePage: {
        duration: { startDate: string; endDate: string };
        partners: Array<{ name: string; role: { fi: string; en: string } }>;
      };
    }>(PAGE, { slug: 'circpro-kymenlaakso' });
    expect(response.errors).toBeUndefined();
    const page = response.data!.programmePage;
    expect(page.duration).toMatchObject({ startDate: '2018-06-01', endDate: '2023-05-31' });
    expect(page.partners).toHaveLength(11);
    expect(page.partners[0]).toMatchObject({
      name: 'Kouvola Innovation Oy (Kinno)',
      role: { en: 'Lead Partner' },
    });
    expect(page.partners.at(-1)).toMatchObject({
      name: 'Stockholm Environment Institute Tallinn Centre',
      role: { fi: 'Hankekumppani, Viro', en: 'Project partner, Estonia' },
    });

    const { id } = await academy('circpro-kymenlaakso');
    const plan = await testApp.graphql<{
      actionPlan: Array<{
        kind: string;
        stage: string;
        title: { fi: string; en: string };
        stageHistory: Array<{ toStage: string }>;
      }>;
    }>(
      'query ($academyId: ID!) { actionPlan(academyId: $academyId) { kind stage title { fi en } stageHistory { toStage } } }',
      { academyId: id },
      admin.headers,
    );
    expect(plan.errors).toBeUndefined();
    expect(plan.data!.actionPlan.map((action) => [action.kind, action.stage])).toEqual([
      ['ACTION', 'DONE'],
      ['ACTION', 'IMPLEMENTATION'],
    ]);
    expect(plan.data!.actionPlan[0].title.fi).toContain('RIS3');
    expect(plan.data!.actionPlan[0].stageHistory.map((move) => move.toStage)).toEqual([
      'PLANNING',
      'IMPLEMENTATION',
      'DONE',
    ]);
  });

  it('Uusimaa: the public page with 1.4.–30.11.2021, five partners, 225 118 € and three funders', async () => {
    const response = await testApp.graphql<{
      programmePage: {
        status: string;
        duration: { startDate: string; endDate: string; text: string };
        budget: { amount: string; currency: string; text: string };
        fundingSources: Array<{ name: { fi: string }; amount: null }>;
        partners: Array<{ name: string; role: { fi: string }; url: string }>;
        events: Array<{ title: { text: string } }>;
        outcomes: Array<{ eventTitle: { text: string }; title: { fi: string; en: string } }>;
      };
    }>(PAGE, { slug: 'uusimaa-kiertotalouslaakso' });
    expect(response.errors).toBeUndefined();
    const page = response.data!.programmePage;
    expect(page.status).toBe('ALUMNI');
    expect(page.duration).toEqual({
      startDate: '2021-04-01',
      endDate: '2021-11-30',
      text: '1.4.2021–30.11.2021',
    });
    expect({ ...page.budget, text: page.budget.text.replace(/\s/g, ' ') }).toEqual({
      amount: '225118.00',
      currency: 'EUR',
      text: '225 118 €',
    });
    expect(page.fundingSources.map((source) => [source.name.fi, source.amount])).toEqual([
      ['Uudenmaan liitto', null],
      ['PKS-kaupungit (Helsinki ja Vantaa)', null],
      ['KUUMA-seutu', null],
    ]);
    expect(page.partners.map((partner) => [partner.name, partner.role.fi])).toEqual([
      ['Green Net Finland ry', 'Koordinaattori'],
      ['CLIC Innovation Oy', 'Toteuttaja'],
      ['Helsingin seudun ympäristöpalvelut HSY', 'Toteuttaja'],
      ['Teknologian tutkimuskeskus VTT Oy', 'Toteuttaja'],
      ['Uudenmaan liitto', 'Toteuttaja'],
    ]);
    expect(page.events).toHaveLength(3);
    expect(page.outcomes.map((outcome) => outcome.title.en)).toEqual([
      'Vision and mission',
      'Problems to solve',
      'Roadmap 2022–2025',
    ]);
  });

  it('Uusimaa: three 2021 workshops at their local times, outcomes public', async () => {
    const uusimaa = await academy('uusimaa-kiertotalouslaakso');
    expect(uusimaa.publicOutcomes).toBe(true);
    expect(uusimaa.title.en).toContain('pre-study');
    expect(
      uusimaa.events.map((event) => [
        event.kind,
        event.mode,
        event.start.local,
        event.start.instant,
      ]),
    ).toEqual([
      ['WORKSHOP', 'REMOTE', '2021-05-26T09:00:00', '2021-05-26T06:00:00.000Z'],
      ['WORKSHOP', 'REMOTE', '2021-09-15T13:00:00', '2021-09-15T10:00:00.000Z'],
      ['WORKSHOP', 'HYBRID', '2021-11-10T09:00:00', '2021-11-10T07:00:00.000Z'],
    ]);
    // Signed out, each workshop's recorded outcome shows on its event page.
    const titles: Array<string[] | null> = [];
    for (const event of uusimaa.events) {
      const response = await testApp.graphql<{
        workshopEvent: { outcomes: Array<{ title: { fi: string } }> | null };
      }>(
        'query ($eventId: ID!) { workshopEvent(eventId: $eventId) { outcomes { title { fi } } } }',
        {
          eventId: event.id,
        },
      );
      expect(response.errors).toBeUndefined();
      titles.push(
        response.data!.workshopEvent.outcomes?.map((outcome) => outcome.title.fi) ?? null,
      );
    }
    expect(titles).toEqual([
      ['Visio ja missio'],
      ['Ratkaistavat ongelmat'],
      ['Tiekartta 2022–2025'],
    ]);
  });

  it('seeding again changes nothing, also when the steps are forgotten but the slugs are in use', async () => {
    const before = await rowCounts();
    const seed = testApp.app.get(DemoSeedService);
    await seed.seedOnce();
    expect(await rowCounts()).toEqual(before);
    await testApp.dataSource.query('DELETE FROM seed_runs WHERE name = ANY($1)', [
      [DEMO_CIRCPRO_SEED_NAME, DEMO_UUSIMAA_SEED_NAME],
    ]);
    await seed.seedOnce();
    expect(await rowCounts()).toEqual(before);
  });

  async function rowCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of [
      'academies',
      'organisations',
      'users',
      'sign_ups',
      'timeline_events',
      'event_registrations',
      'event_outcomes',
      'programme_partners',
      'programme_funding_sources',
      'tracked_actions',
      'tracked_action_stage_changes',
      'tracked_action_tasks',
    ]) {
      const [row] = await testApp.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM ${table}`,
      );
      counts[table] = row.n;
    }
    return counts;
  }
});

describe('demo programmes on a database seeded earlier', () => {
  it('adds both programmes at the next start, even though the database holds academies', async () => {
    const database = await createTestDatabase();
    try {
      const plain = await startTestApp({ database });
      const existing = await createAcademy(plain.dataSource);
      await plain.stop();
      const seeded = await startTestApp({ database, env: { SEED_DEMO_DATA: 'true' } });
      const slugs = (
        await seeded.dataSource.query<Array<{ slug: string }>>(
          'SELECT slug FROM academies ORDER BY slug',
        )
      ).map((row) => row.slug);
      expect(slugs).toEqual(
        [existing.slug, 'circpro-kymenlaakso', 'uusimaa-kiertotalouslaakso'].sort(),
      );
      await seeded.stop();
    } finally {
      await dropTestDatabase(database.name);
    }
  });
});
