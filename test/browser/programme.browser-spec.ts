// The public programme page (the pre-study of seed 004) and its editor on the admin academy
// page, in Chromium: money and dates in the reader's language, partners' links, the public
// timeline and published outcomes, nothing personal; the API's refusals at their fields.
import type { Page } from 'playwright-core';
import { Locale } from '../../src/common/i18n/locale.js';
import { AcademyStatus } from '../../src/modules/academies/academy.enums.js';
import { createAcademy, createAdmin, createExpert, scheduleEvent } from '../factories/index.js';
import { graphqlOk } from '../helpers/graphql-ok.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './browser-app.js';

const SET_DURATION = `mutation ($input: SetProgrammeDurationInput!) { setProgrammeDuration(input: $input) { academyId } }`;
const SET_BUDGET = `mutation ($input: SetProgrammeBudgetInput!) { setProgrammeBudget(input: $input) { academyId } }`;
const SET_PARTNERS = `mutation ($input: SetProgrammePartnersInput!) { setProgrammePartners(input: $input) { academyId } }`;
const ADD_OUTCOME = `mutation ($input: AddEventOutcomeInput!) { addEventOutcome(input: $input) { outcomes { id } } }`;

const TEXTS = {
  fi: {
    title: 'Uudenmaan kiertotalouslaakso – esiselvitys',
    budget: '225 118 €',
    funding: 'EU (EAKR) — 157 582,60 €',
    duration: '1.4.2021–30.11.2021',
    role: 'Koordinaattori',
    workshop: 'Työpaja 1: visio ja missio',
    outcome: 'Kiertotalouslaakson visio',
    partners: 'Toteuttajat',
  },
  en: {
    title: 'Uusimaa circular economy valley – pre-study',
    budget: '€225,118',
    funding: 'EU (ERDF) — €157,582.60',
    duration: '1 April 2021 – 30 November 2021',
    role: 'Coordinator',
    workshop: 'Workshop 1: vision and mission',
    outcome: 'The valley’s vision',
    partners: 'Partners',
  },
} as const;

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('programme page in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ now: new Date('2021-12-15T10:00:00Z') });
  });
  afterAll(() => app?.close());

  async function preStudy() {
    const admin = await createAdmin(app.testApp.dataSource);
    const academy = await createAcademy(app.testApp.dataSource, {
      status: AcademyStatus.RUNNING,
      publicOutcomes: true,
      title: { fi: TEXTS.fi.title, sv: null, en: TEXTS.en.title },
      description: {
        fi: 'Esiselvityshanke tuo yhteen kiertotalouden toimijat Uudellamaalla.\n\nJärjestämme kolme työpajaa.',
        sv: null,
        en: 'The pre-study brings together the circular economy actors of Uusimaa.\n\nWe hold three workshops.',
      },
    });
    const input = { academyId: academy.id };
    await graphqlOk(
      app.testApp,
      SET_DURATION,
      { input: { ...input, startDate: '2021-04-01', endDate: '2021-11-30' } },
      admin.headers,
    );
    await graphqlOk(
      app.testApp,
      SET_BUDGET,
      {
        input: {
          ...input,
          budget: { amount: '225118', currency: 'EUR' },
          fundingSources: [
            { name: { fi: 'Uudenmaan liitto', en: 'Helsinki-Uusimaa Regional Council' } },
            {
              name: { fi: 'EU (EAKR)', en: 'EU (ERDF)' },
              amount: { amount: '157582.60', currency: 'EUR' },
            },
          ],
        },
      },
      admin.headers,
    );
    await graphqlOk(
      app.testApp,
      SET_PARTNERS,
      {
        input: {
          ...input,
          partners: [
            {
              name: 'Green Net Finland ry',
              role: { fi: 'Koordinaattori', en: 'Coordinator' },
              url: 'https://greennetfinland.fi',
            },
            { name: 'Uudenmaan liitto', role: { fi: 'Toteuttaja', en: 'Partner' }, url: null },
          ],
        },
      },
      admin.headers,
    );
    const expert = await createExpert(app.testApp.dataSource, { name: 'Piia Piilossa' });
    const eventId = await scheduleEvent(app.testApp, admin, {
      academyId: academy.id,
      title: { fi: TEXTS.fi.workshop, en: TEXTS.en.workshop },
      startsAt: '2021-05-20T09:00',
      endsAt: '2021-05-20T11:30',
      onlineUrl: 'https://teams.example/private',
      hostIds: [expert.user.id],
    });
    await graphqlOk(
      app.testApp,
      ADD_OUTCOME,
      {
        input: {
          eventId,
          title: { fi: TEXTS.fi.outcome, en: TEXTS.en.outcome },
          body: { fi: 'Uusimaa on kiertotalouden mallialue.', en: 'Uusimaa is a model region.' },
          links: ['https://example.fi/visio.pdf'],
        },
      },
      admin.headers,
    );
    return { admin, academy };
  }

  it.each(['fi', 'en'] as const)(
    'in %s: description, facts, partners with links, timeline and outcomes, signed out',
    async (language) => {
      const texts = TEXTS[language];
      const { academy } = await preStudy();
      const page = await app.newPage(language);
      await page.goto(`${app.clientUrl}/programmes/${academy.slug}`);
      await page.getByRole('heading', { level: 1, name: texts.title }).waitFor();
      expect(await page.title()).toBe(`${texts.title} – Akatemia`);
      expect(plain(await page.getByTestId('programme-budget').innerText())).toBe(texts.budget);
      expect(await page.getByTestId('programme-duration').innerText()).toBe(texts.duration);
      expect(plain(await page.getByTestId('programme-funding').innerText())).toContain(
        texts.funding,
      );
      const partners = page.getByTestId('programme-partners');
      expect(await partners.innerText()).toContain(texts.role);
      expect(
        await partners.getByRole('link', { name: /Green Net Finland ry/ }).getAttribute('href'),
      ).toBe('https://greennetfinland.fi');
      await page.getByRole('heading', { level: 3, name: texts.workshop }).waitFor();
      await page.getByRole('heading', { level: 3, name: texts.outcome }).waitFor();
      const main = await page.locator('main').innerText();
      expect(main).not.toContain('Piia');
      expect(main).not.toContain('teams.example');
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'programme', language);

      // The academy page links here, and back.
      await page.goto(`${app.clientUrl}/academies/${academy.slug}`);
      await page.locator(`a[href="/programmes/${academy.slug}"]`).click();
      await page.waitForURL(`${app.clientUrl}/programmes/${academy.slug}`);
    },
  );

  it('shows "not found" for a draft programme', async () => {
    const academy = await createAcademy(app.testApp.dataSource, { status: AcademyStatus.DRAFT });
    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/programmes/${academy.slug}`);
    await page.getByRole('heading', { level: 1, name: /not found/i }).waitFor();
  });

  /** An admin (in `language`) signed in on the academy's admin page. */
  async function adminPage(language: 'fi' | 'en', academyId: string): Promise<Page> {
    const admin = await createAdmin(app.testApp.dataSource, { locale: Locale[language] });
    const page = await app.newPage(language);
    await app.signInAs(page, admin.user.email);
    await page.goto(`${app.clientUrl}/admin/academies/${academyId}`);
    await page.locator('#programme-start-date').waitFor();
    return page;
  }

  it.each(['fi', 'en'] as const)(
    'in %s: the admin edits duration, budget and partners; refusals at their fields',
    async (language) => {
      const academy = await createAcademy(app.testApp.dataSource, {
        status: AcademyStatus.RUNNING,
      });
      const page = await adminPage(language, academy.id);

      // A date that does not exist (the seed's 31.11.2021) is refused at the field.
      await page.locator('#programme-start-date').fill('1.4.2021');
      await page.locator('#programme-end-date').fill('31.11.2021');
      await page.locator('#save-programme-duration').click();
      const endField = page.locator('.fi-date-input:has(#programme-end-date)');
      await endField.locator('.fi-status-text').filter({ hasText: /\S/ }).waitFor();
      await page.locator('#programme-end-date').fill('30.11.2021');
      await page.locator('#save-programme-duration').click();
      await page
        .getByRole('group', { name: language === 'fi' ? 'Kesto' : 'Duration' })
        .getByRole('status')
        .waitFor();

      // More than two decimals: INVALID_AMOUNT at the amount.
      await page.locator('#programme-budget-amount').fill('225118,005');
      await page.locator('#save-programme-budget').click();
      const amountError = page.locator(
        '.fi-text-input:has(#programme-budget-amount) .fi-status-text',
      );
      await amountError.filter({ hasText: /\S/ }).waitFor();
      expect(await amountError.innerText()).toMatch(
        language === 'fi' ? /enintään kaksi desimaalia/ : /at most two decimals/,
      );
      await page.locator('#programme-budget-amount').fill('225 118');
      await page
        .getByRole('button', { name: language === 'fi' ? 'Lisää rahoittaja' : 'Add a funder' })
        .click();
      await page.locator('#funding-0-name-fi').fill('EU (EAKR)');
      await page.locator('#funding-0-name-en').fill('EU (ERDF)');
      await page.locator('#funding-0-amount').fill('157 582,60');
      await page.locator('#save-programme-budget').click();
      await page
        .getByRole('group', {
          name: language === 'fi' ? 'Budjetti ja rahoitus' : 'Budget and funding',
        })
        .getByRole('status')
        .waitFor();

      // A partner link that is not http(s).
      await page
        .getByRole('button', { name: language === 'fi' ? 'Lisää toteuttaja' : 'Add a partner' })
        .click();
      await page.locator('#partner-0-name').fill('Green Net Finland ry');
      await page.locator('#partner-0-role-fi').fill('Koordinaattori');
      await page.locator('#partner-0-role-en').fill('Coordinator');
      await page.locator('#partner-0-url').fill('ftp://greennetfinland.fi');
      await page.locator('#save-programme-partners').click();
      await page
        .locator('.fi-text-input:has(#partner-0-url) .fi-status-text')
        .filter({ hasText: /\S/ })
        .waitFor();
      await page.locator('#partner-0-url').fill('https://greennetfinland.fi');
      await page.locator('#save-programme-partners').click();
      await page
        .getByRole('group', { name: language === 'fi' ? 'Toteuttajat' : 'Partners' })
        .getByRole('status')
        .waitFor();
      await expectNoSeriousA11yViolations(page);
      await page.locator('#programme-editor-heading').scrollIntoViewIfNeeded();
      await screenshot(page, 'admin-programme', language);

      const [row] = await app.testApp.dataSource.query<
        Array<{ budget_amount: string; start_date: string; end_date: string }>
      >(
        `SELECT budget_amount::text, start_date::text, end_date::text FROM programme_profiles WHERE academy_id = $1`,
        [academy.id],
      );
      expect(row).toEqual({
        budget_amount: '225118.00',
        start_date: '2021-04-01',
        end_date: '2021-11-30',
      });

      await page
        .getByRole('link', {
          name:
            language === 'fi' ? 'Avaa ohjelman julkinen sivu' : "Open the programme's public page",
        })
        .click();
      await page.waitForURL(`${app.clientUrl}/programmes/${academy.slug}`);
      expect(plain(await page.getByTestId('programme-budget').innerText())).toBe(
        TEXTS[language].budget,
      );
      expect(plain(await page.getByTestId('programme-funding').innerText())).toContain(
        TEXTS[language].funding,
      );
    },
  );
  it('the admin plans a meeting series in the timeline editor; a non-existent local time is refused', async () => {
    const academy = await createAcademy(app.testApp.dataSource, { status: AcademyStatus.RUNNING });
    const page = await adminPage('fi', academy.id);
    await page.locator('#open-meeting-series').click();
    await page.locator('#series-title-fi').fill('Sidosryhmätapaaminen');
    await page.locator('#series-title-en').fill('Stakeholder meeting');
    // Weekly from Sunday 17.3.2019 03.30: the third meeting (31.3. 03.30) does not exist.
    await page.locator('#series-start-date').fill('17.3.2019');
    await page.locator('#series-start-time').fill('03.30');
    await page.locator('#series-end-date').fill('17.3.2019');
    await page.locator('#series-end-time').fill('05.00');
    await page.locator('#series-every').fill('1');
    await page.locator('#series-unit').click();
    await page.getByRole('option', { name: 'viikko' }).click();
    await page.locator('#series-count').fill('3');
    await page.locator('#plan-meeting-series').click();
    await page
      .locator('.fi-date-input:has(#series-start-date) .fi-status-text')
      .filter({ hasText: /kesäaikaan/ })
      .waitFor();
    const countEvents = async () =>
      (
        await app.testApp.dataSource.query<Array<{ count: number }>>(
          'SELECT count(*)::int AS count FROM timeline_events WHERE academy_id = $1',
          [academy.id],
        )
      )[0].count;
    expect(await countEvents()).toBe(0);

    // About twice a year, five meetings, at 13.00 local whatever the season.
    await page.locator('#series-start-date').fill('20.11.2018');
    await page.locator('#series-start-time').fill('13.00');
    await page.locator('#series-end-date').fill('20.11.2018');
    await page.locator('#series-end-time').fill('15.30');
    await page.locator('#series-every').fill('6');
    await page.locator('#series-unit').click();
    await page.getByRole('option', { name: 'kuukausi' }).click();
    await page.locator('#series-count').fill('5');
    await page.locator('#series-place').fill('Kouvola');
    await page.locator('#plan-meeting-series').click();
    await page.getByRole('status').filter({ hasText: 'Suunniteltu 5 tapaamista' }).waitFor();
    await page.getByText('Sidosryhmätapaaminen 5/5').waitFor();
    expect(await countEvents()).toBe(5);
    const starts = await app.testApp.dataSource.query<Array<{ local: string }>>(
      `SELECT to_char(starts_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD HH24:MI') AS local
       FROM timeline_events WHERE academy_id = $1 ORDER BY starts_at`,
      [academy.id],
    );
    expect(starts.map((row) => row.local)).toEqual([
      '2018-11-20 13:00',
      '2019-05-20 13:00',
      '2019-11-20 13:00',
      '2020-05-20 13:00',
      '2020-11-20 13:00',
    ]);
    await expectNoSeriousA11yViolations(page);
  });
});
