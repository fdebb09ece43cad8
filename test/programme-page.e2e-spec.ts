import { AcademyStatus } from '../src/modules/academies/academy.enums.js';
import type { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import {
  createAcademy,
  createAdmin,
  createExpert,
  createSignedInUser,
  scheduleEvent,
  type SignedInUser,
} from './factories/index.js';
import { ProgrammeService } from '../src/modules/programme/programme.service.js';
import { graphqlOk } from './helpers/graphql-ok.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const PAGE_FIELDS = `academyId slug status title { fi } description { fi en }
  duration { startDate endDate text startsAt { local } endsAt { instant local } }
  budget { amount currency text }
  fundingSources { name { fi en text } amount { amount currency text } }
  partners { name role { fi sv en text } url }
  events { id kind title { fi } start { local } end { local } mode place status }
  outcomes { id eventId eventTitle { fi } title { fi } body { fi } links }`;
const PAGE = `query ($slug: String!, $locale: Locale) { programmePage(slug: $slug, locale: $locale) { ${PAGE_FIELDS} } }`;
const PAGE_OF = `query ($academyId: ID!) { programmePageOf(academyId: $academyId) { ${PAGE_FIELDS} } }`;
const SET_DURATION = `mutation ($input: SetProgrammeDurationInput!) { setProgrammeDuration(input: $input) { ${PAGE_FIELDS} } }`;
const SET_BUDGET = `mutation ($input: SetProgrammeBudgetInput!) { setProgrammeBudget(input: $input) { ${PAGE_FIELDS} } }`;
const SET_PARTNERS = `mutation ($input: SetProgrammePartnersInput!) { setProgrammePartners(input: $input) { ${PAGE_FIELDS} } }`;
const ADD_OUTCOME = `mutation ($input: AddEventOutcomeInput!) { addEventOutcome(input: $input) { outcomes { id } } }`;
const UPDATE_ACADEMY = `mutation ($input: UpdateAcademyInput!) { updateAcademy(input: $input) { id } }`;

interface Money {
  amount: string;
  currency: string;
  text: string;
}
interface Page {
  academyId: string;
  slug: string;
  duration: {
    startDate: string;
    endDate: string;
    text: string;
    startsAt: { local: string };
    endsAt: { instant: string; local: string };
  } | null;
  budget: Money | null;
  fundingSources: Array<{
    name: { fi: string; en: string | null; text: string };
    amount: Money | null;
  }>;
  partners: Array<{
    name: string;
    role: { fi: string; sv: string | null; en: string | null; text: string };
    url: string | null;
  }>;
  events: Array<{ id: string; title: { fi: string }; start: { local: string }; status: string }>;
  outcomes: Array<{ eventId: string; title: { fi: string }; links: string[] }>;
}

interface Problem {
  field: string;
  rule: string;
}
interface ErrorResponse {
  errors?: Array<{ message: string; extensions?: { code?: string; validationErrors?: Problem[] } }>;
}

// Intl separates groups and the currency sign with no-break spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** The pre-study's partners (seed 004) with their roles. */
const PARTNERS = [
  {
    name: 'Green Net Finland ry',
    role: { fi: 'Koordinaattori', sv: 'Koordinator', en: 'Coordinator' },
    url: 'https://greennetfinland.fi',
  },
  {
    name: 'CLIC Innovation Oy',
    role: { fi: 'Toteuttaja', en: 'Partner' },
    url: 'https://clicinnovation.fi',
  },
  {
    name: 'Helsingin seudun ympäristöpalvelut HSY',
    role: { fi: 'Toteuttaja', en: 'Partner' },
    url: 'https://www.hsy.fi',
  },
  {
    name: 'Teknologian tutkimuskeskus VTT Oy',
    role: { fi: 'Toteuttaja', en: 'Partner' },
    url: null,
  },
  {
    name: 'Uudenmaan liitto',
    role: { fi: 'Toteuttaja ja rahoittaja', en: 'Partner and funder' },
    url: 'http://www.uudenmaanliitto.fi',
  },
];

describe('programme page', () => {
  let testApp: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    testApp = await startTestApp({ now: new Date('2021-03-01T08:00:00Z') });
    admin = await createAdmin(testApp.dataSource);
  });
  afterAll(() => testApp.close());

  const count = async (table: string, academyId: string): Promise<number> => {
    const [row] = await testApp.dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM ${table} WHERE academy_id = $1`,
      [academyId],
    );
    return row.count;
  };
  const rowsOf = async (academyId: string) => ({
    profiles: await count('programme_profiles', academyId),
    partners: await count('programme_partners', academyId),
    funding: await count('programme_funding_sources', academyId),
    audit: (
      await testApp.dataSource.query<Array<{ count: number }>>(
        `SELECT count(*)::int AS count FROM audit_entries WHERE entity_id = $1 AND action LIKE 'programme.%'`,
        [academyId],
      )
    )[0].count,
  });
  const problemsOf = (response: ErrorResponse) =>
    (response.errors?.[0]?.extensions?.validationErrors ?? []).map(({ field, rule }) => ({
      field,
      rule,
    }));

  async function preStudy(overrides: Partial<AcademyEntity> = {}): Promise<AcademyEntity> {
    const academy = await createAcademy(testApp.dataSource, {
      status: AcademyStatus.RUNNING,
      ...overrides,
    });
    await graphqlOk(
      testApp,
      SET_DURATION,
      // The seed says 31.11.2021, a date that does not exist: the real last day is 30.11.
      { input: { academyId: academy.id, startDate: '2021-04-01', endDate: '2021-11-30' } },
      admin.headers,
    );
    await graphqlOk(
      testApp,
      SET_BUDGET,
      {
        input: {
          academyId: academy.id,
          budget: { amount: '225118', currency: 'EUR' },
          fundingSources: [
            { name: { fi: 'Uudenmaan liitto', en: 'Helsinki-Uusimaa Regional Council' } },
            {
              name: { fi: 'EU (EAKR)', en: 'EU (ERDF)' },
              amount: { amount: '157582.60', currency: 'EUR' },
            },
            {
              name: { fi: 'Omarahoitus', en: 'Own funding' },
              amount: { amount: '67535.40', currency: 'EUR' },
            },
          ],
        },
      },
      admin.headers,
    );
    await graphqlOk(
      testApp,
      SET_PARTNERS,
      { input: { academyId: academy.id, partners: PARTNERS } },
      admin.headers,
    );
    return academy;
  }

  it('shows duration, budget and funding as exact decimals, and partners in order, to anyone', async () => {
    const academy = await preStudy();
    const fi = await testApp.graphql<{ programmePage: Page }>(PAGE, {
      slug: academy.slug,
      locale: 'fi',
    });
    const page = fi.data!.programmePage;
    expect(page.duration).toEqual({
      startDate: '2021-04-01',
      endDate: '2021-11-30',
      text: '1.4.2021–30.11.2021',
      startsAt: { local: '2021-04-01T00:00:00' },
      // The last instant of 30.11. in Helsinki (UTC+2).
      endsAt: { instant: '2021-11-30T21:59:59.999Z', local: '2021-11-30T23:59:59' },
    });
    expect(page.budget).toMatchObject({ amount: '225118.00', currency: 'EUR' });
    expect(plain(page.budget!.text)).toBe('225 118 €');
    expect(page.fundingSources.map((source) => source.amount?.amount ?? null)).toEqual([
      null,
      '157582.60',
      '67535.40',
    ]);
    expect(plain(page.fundingSources[1].amount!.text)).toBe('157 582,60 €');
    expect(page.partners.map((partner) => partner.name)).toEqual(PARTNERS.map((p) => p.name));
    expect(page.partners[0]).toEqual({
      name: 'Green Net Finland ry',
      role: {
        fi: 'Koordinaattori',
        sv: 'Koordinator',
        en: 'Coordinator',
        text: 'Koordinaattori',
      },
      url: 'https://greennetfinland.fi',
    });
    expect(page.partners[3].url).toBeNull();

    const en = await graphqlOk<{ programmePage: Page }>(testApp, PAGE, {
      slug: academy.slug,
      locale: 'en',
    });
    expect(en.programmePage.budget!.text).toBe('€225,118');
    expect(en.programmePage.duration!.text).toBe('1 April 2021 – 30 November 2021');
    expect(en.programmePage.partners[1].role.text).toBe('Partner');
    expect(en.programmePage.fundingSources[1].name.text).toBe('EU (ERDF)');
  });

  it('stores money as numeric(14,2) with a currency code', async () => {
    const academy = await preStudy();
    const [profile] = await testApp.dataSource.query<
      Array<{ type: string; amount: string; currency: string }>
    >(
      `SELECT pg_typeof(budget_amount)::text AS type, budget_amount::text AS amount, budget_currency AS currency
       FROM programme_profiles WHERE academy_id = $1`,
      [academy.id],
    );
    expect(profile).toEqual({ type: 'numeric', amount: '225118.00', currency: 'EUR' });
  });

  it('lists the public timeline and, when the academy publishes them, the outcomes', async () => {
    const academy = await preStudy();
    const expert = await createExpert(testApp.dataSource, { name: 'Eeva Asiantuntija' });
    const workshopId = await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      title: { fi: 'Työpaja 1: visio ja missio' },
      startsAt: '2021-05-20T09:00',
      endsAt: '2021-05-20T11:30',
      onlineUrl: 'https://teams.example/secret-link',
      hostIds: [expert.user.id],
    });
    const organisationEvent = await scheduleEvent(testApp, admin, {
      academyId: academy.id,
      title: { fi: 'Oma sparraus' },
      audience: 'ALUMNI',
    });
    await graphqlOk(
      testApp,
      ADD_OUTCOME,
      {
        input: {
          eventId: workshopId,
          title: { fi: 'Visio' },
          links: ['https://example.fi/visio.pdf'],
        },
      },
      admin.headers,
    );

    const hidden = await graphqlOk<{ programmePage: Page }>(testApp, PAGE, { slug: academy.slug });
    expect(hidden.programmePage.events.map((event) => event.id)).toEqual([workshopId]);
    expect(hidden.programmePage.events[0].start.local).toBe('2021-05-20T09:00:00');
    expect(hidden.programmePage.outcomes).toEqual([]);

    await graphqlOk(
      testApp,
      UPDATE_ACADEMY,
      { input: { academyId: academy.id, publicOutcomes: true } },
      admin.headers,
    );
    const shown = await testApp.graphql<{ programmePage: Page }>(PAGE, { slug: academy.slug });
    expect(shown.data!.programmePage.outcomes).toEqual([
      expect.objectContaining({
        eventId: workshopId,
        title: { fi: 'Visio' },
        links: ['https://example.fi/visio.pdf'],
      }),
    ]);
    // Nothing personal and no private link anywhere in the answer.
    const text = JSON.stringify(shown);
    expect(text).not.toContain('Eeva');
    expect(text).not.toContain('secret-link');
    expect(text).not.toContain(organisationEvent);
    expect(text).not.toContain('@');
  });

  it('is absent for an unpublished academy, to anyone but staff', async () => {
    for (const status of [AcademyStatus.DRAFT, AcademyStatus.ARCHIVED]) {
      const academy = await preStudy({ status });
      const applicant = await createSignedInUser(testApp.dataSource);
      const anonymous = await graphqlOk<{ programmePage: Page | null }>(testApp, PAGE, {
        slug: academy.slug,
      });
      expect(anonymous.programmePage).toBeNull();
      const signedIn = await graphqlOk<{ programmePage: Page | null }>(
        testApp,
        PAGE,
        { slug: academy.slug },
        applicant.headers,
      );
      expect(signedIn.programmePage).toBeNull();
      const preview = await graphqlOk<{ programmePageOf: Page }>(
        testApp,
        PAGE_OF,
        { academyId: academy.id },
        admin.headers,
      );
      expect(preview.programmePageOf.partners).toHaveLength(5);
    }
    expect(
      (
        await graphqlOk<{ programmePage: Page | null }>(testApp, PAGE, {
          slug: 'no-such-programme',
        })
      ).programmePage,
    ).toBeNull();
  });

  it('lets only admins change the page, and audits each change with before and after', async () => {
    const academy = await preStudy();
    const expert = await createExpert(testApp.dataSource);
    const applicant = await createSignedInUser(testApp.dataSource);
    for (const who of [expert, applicant]) {
      const response = await testApp.graphql(
        SET_PARTNERS,
        { input: { academyId: academy.id, partners: [] } },
        who.headers,
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await testApp.graphql(SET_DURATION, {
      input: { academyId: academy.id, startDate: '2021-04-01', endDate: '2021-05-01' },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await graphqlOk(
      testApp,
      SET_PARTNERS,
      { input: { academyId: academy.id, partners: [PARTNERS[4], PARTNERS[0]] } },
      admin.headers,
    );
    const [entry] = await testApp.dataSource.query<
      Array<{
        actor_id: string;
        before: { partners: unknown[] };
        after: { partners: Array<{ name: string }> };
      }>
    >(
      `SELECT actor_id, before, after FROM audit_entries
       WHERE entity_id = $1 AND action = 'programme.partners_set' ORDER BY created_at DESC LIMIT 1`,
      [academy.id],
    );
    expect(entry.actor_id).toBe(admin.user.id);
    expect(entry.before.partners).toHaveLength(5);
    expect(entry.after.partners.map((partner) => partner.name)).toEqual([
      'Uudenmaan liitto',
      'Green Net Finland ry',
    ]);
    const page = await graphqlOk<{ programmePage: Page }>(testApp, PAGE, { slug: academy.slug });
    expect(page.programmePage.partners.map((partner) => partner.name)).toEqual([
      'Uudenmaan liitto',
      'Green Net Finland ry',
    ]);
  });

  it('clears the budget and the duration with null', async () => {
    const academy = await preStudy();
    const cleared = await graphqlOk<{ setProgrammeBudget: Page }>(
      testApp,
      SET_BUDGET,
      { input: { academyId: academy.id, budget: null, fundingSources: [] } },
      admin.headers,
    );
    expect(cleared.setProgrammeBudget.budget).toBeNull();
    expect(cleared.setProgrammeBudget.fundingSources).toEqual([]);
    expect(cleared.setProgrammeBudget.duration).not.toBeNull();
    const noDuration = await graphqlOk<{ setProgrammeDuration: Page }>(
      testApp,
      SET_DURATION,
      { input: { academyId: academy.id, startDate: null, endDate: null } },
      admin.headers,
    );
    expect(noDuration.setProgrammeDuration.duration).toBeNull();
  });

  it('takes a seeded page (the demo) through the same normalisation, without audit', async () => {
    const academy = await createAcademy(testApp.dataSource, { status: AcademyStatus.RUNNING });
    const programmes = testApp.app.get(ProgrammeService);
    await testApp.dataSource.transaction((manager) =>
      programmes.seed(manager, academy.id, {
        // The seed says 31.11.2021, which does not exist: the real last day.
        startDate: '2021-04-01',
        endDate: '2021-11-30',
        budget: { amount: '225118', currency: 'EUR' },
        fundingSources: [{ name: { fi: 'Uudenmaan liitto' } }],
        partners: PARTNERS,
      }),
    );
    const page = await graphqlOk<{ programmePage: Page }>(testApp, PAGE, {
      slug: academy.slug,
      locale: 'fi',
    });
    expect(page.programmePage.budget?.amount).toBe('225118.00');
    expect(page.programmePage.duration?.text).toBe('1.4.2021–30.11.2021');
    expect(page.programmePage.partners).toHaveLength(5);
    expect((await rowsOf(academy.id)).audit).toBe(0);
  });

  describe('refuses bad input, writing nothing', () => {
    const budget = (academyId: string, amount: string, currency = 'EUR') => ({
      input: { academyId, budget: { amount, currency }, fundingSources: [] },
    });

    it.each([
      ['more than two decimals', '225118.005', 'INVALID_AMOUNT'],
      ['a negative amount', '-1', 'INVALID_AMOUNT'],
      ['an exponent', '2e5', 'INVALID_AMOUNT'],
      ['a decimal comma', '225118,50', 'INVALID_AMOUNT'],
      ['too many digits', '1000000000000', 'INVALID_AMOUNT'],
    ])('a budget with %s', async (_case, amount, rule) => {
      const academy = await createAcademy(testApp.dataSource);
      const before = await rowsOf(academy.id);
      const response = await testApp.graphql<unknown>(SET_BUDGET, budget(academy.id, amount), {
        ...admin.headers,
        'accept-language': 'fi',
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(problemsOf(response)).toEqual([{ field: 'input.budget.amount', rule }]);
      expect(response.errors?.[0]?.message).toBeTruthy();
      expect(await rowsOf(academy.id)).toEqual(before);
    });

    it('a funding amount with more than two decimals, or negative', async () => {
      const academy = await preStudy();
      const before = await rowsOf(academy.id);
      const response = await testApp.graphql<unknown>(
        SET_BUDGET,
        {
          input: {
            academyId: academy.id,
            budget: { amount: '100', currency: 'EUR' },
            fundingSources: [
              { name: { fi: 'EU' }, amount: { amount: '10.001', currency: 'EUR' } },
              { name: { fi: 'Oma' }, amount: { amount: '-5', currency: 'EUR' } },
            ],
          },
        },
        admin.headers,
      );
      expect(problemsOf(response)).toEqual([
        { field: 'input.fundingSources.0.amount.amount', rule: 'INVALID_AMOUNT' },
        { field: 'input.fundingSources.1.amount.amount', rule: 'INVALID_AMOUNT' },
      ]);
      expect(await rowsOf(academy.id)).toEqual(before);
      const page = await graphqlOk<{ programmePage: Page }>(testApp, PAGE, { slug: academy.slug });
      expect(page.programmePage.budget?.amount).toBe('225118.00');
    });

    it.each(['EURO', 'eur', 'XXY', ''])('an unknown currency %p', async (currency) => {
      const academy = await createAcademy(testApp.dataSource);
      const before = await rowsOf(academy.id);
      const response = await testApp.graphql<unknown>(
        SET_BUDGET,
        budget(academy.id, '100', currency),
        { ...admin.headers, 'accept-language': 'en' },
      );
      expect(problemsOf(response)).toEqual([
        { field: 'input.budget.currency', rule: 'UNKNOWN_CURRENCY' },
      ]);
      expect(await rowsOf(academy.id)).toEqual(before);
    });

    it.each(['javascript:alert(1)', 'ftp://example.fi', 'www.example.fi', 'mailto:a@example.fi'])(
      'a partner link %p that is not http(s)',
      async (url) => {
        const academy = await preStudy();
        const before = await rowsOf(academy.id);
        const response = await testApp.graphql<unknown>(
          SET_PARTNERS,
          { input: { academyId: academy.id, partners: [{ name: 'X', role: { fi: 'Y' }, url }] } },
          admin.headers,
        );
        expect(problemsOf(response)).toEqual([{ field: 'input.partners.0.url', rule: 'isUrl' }]);
        expect(await rowsOf(academy.id)).toEqual(before);
      },
    );

    it('an end before the start', async () => {
      const academy = await createAcademy(testApp.dataSource);
      const before = await rowsOf(academy.id);
      const response = await testApp.graphql<unknown>(
        SET_DURATION,
        { input: { academyId: academy.id, startDate: '2021-11-30', endDate: '2021-04-01' } },
        admin.headers,
      );
      expect(problemsOf(response)).toEqual([{ field: 'input.endDate', rule: 'order' }]);
      expect(await rowsOf(academy.id)).toEqual(before);
    });

    it.each(['2021-11-31', '2021-02-29', '31.11.2021', '2021-13-01'])(
      'a date that does not exist: %s',
      async (endDate) => {
        const academy = await createAcademy(testApp.dataSource);
        const before = await rowsOf(academy.id);
        const response = await testApp.graphql<unknown>(
          SET_DURATION,
          { input: { academyId: academy.id, startDate: '2021-04-01', endDate } },
          { ...admin.headers, 'accept-language': 'fi' },
        );
        expect(problemsOf(response)).toEqual([{ field: 'input.endDate', rule: 'isCalendarDate' }]);
        expect(response.errors?.[0]?.message).toBeTruthy();
        expect(await rowsOf(academy.id)).toEqual(before);
      },
    );

    it('only one end of the duration', async () => {
      const academy = await createAcademy(testApp.dataSource);
      const before = await rowsOf(academy.id);
      const response = await testApp.graphql<unknown>(
        SET_DURATION,
        { input: { academyId: academy.id, startDate: '2021-04-01', endDate: null } },
        admin.headers,
      );
      expect(problemsOf(response)).toEqual([{ field: 'input.endDate', rule: 'isNotEmpty' }]);
      expect(await rowsOf(academy.id)).toEqual(before);
    });

    it('an unknown academy', async () => {
      const response = await testApp.graphql<unknown>(
        SET_PARTNERS,
        { input: { academyId: '00000000-0000-4000-8000-000000000000', partners: [] } },
        admin.headers,
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });
});
