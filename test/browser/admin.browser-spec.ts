// The admin's pages in a real browser: create an academy (with a confirmation deadline), add
// a criterion and an event, publish it and find it on the public list; filter an academy's
// applications, extend a deadline and download the CSV (both delimiters); grant and revoke
// roles, LAST_ADMIN.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { GlobalRole } from '../../src/common/auth/global-role.js';
import { Locale } from '../../src/common/i18n/locale.js';
import { graphqlOk } from '../helpers/graphql-ok.js';
import {
  NOT_ELIGIBLE_ANSWERS,
  STANDARD_CRITERIA,
  createAcademy,
  createAdmin,
  createDraftApplication,
  createSignedInUser,
  createSubmittedApplication,
  setEligibilityCriteria,
} from '../factories/index.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  tabTo,
  type BrowserApp,
} from './browser-app.js';

describe('admin pages in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  /** A new admin (in `language`), signed in through the mail link on a fresh page. */
  async function signedInAdmin(language: 'fi' | 'en') {
    const admin = await createAdmin(app.testApp.dataSource, { locale: Locale[language] });
    const page = await app.newPage(language);
    await app.signInAs(page, admin.user.email);
    return { admin, page };
  }

  async function fillDateTime(page: Page, id: string, date: string, time: string) {
    await page.locator(`#${id}-date`).fill(date);
    await page.locator(`#${id}-time`).fill(time);
    await page.locator(`#${id}-time`).blur();
  }

  /** An OPEN academy (its window is open at the app's clock) with the standard criteria. */
  async function academyWithApplications() {
    const { admin } = { admin: await createAdmin(app.testApp.dataSource) };
    const academy = await createAcademy(app.testApp.dataSource);
    await setEligibilityCriteria(app.testApp, admin, academy.id, STANDARD_CRITERIA);
    const eligible = await createSubmittedApplication(app.testApp, {
      academy,
      organisation: { name: 'Hakijakaupunki Oy' },
    });
    const notEligible = await createDraftApplication(app.testApp, {
      academy,
      answers: NOT_ELIGIBLE_ANSWERS,
      organisation: { name: 'Luonnoskunta' },
    });
    return { academy, eligible, notEligible };
  }

  it('creates an academy, adds a criterion and an event, publishes it, and it is public', async () => {
    const { page } = await signedInAdmin('en');
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Manage academies' }).waitFor();
    await page.getByRole('link', { name: 'Create a new academy' }).click();
    await page.getByRole('heading', { level: 1, name: 'New academy' }).waitFor();
    await expectNoSeriousA11yViolations(page);

    await page.locator('#academy-title-fi').fill('Selainakatemia');
    await page.locator('#academy-title-en').fill('Browser academy');
    await page.locator('#academy-slug').fill('selainakatemia-2026');
    await page.locator('#academy-theme').fill('kiertotalous');
    await page.locator('#academy-description-fi').fill('Kuvaus selaimesta.');
    await fillDateTime(page, 'academy-applicationOpensAt', '1.9.2026', '00.00');
    await fillDateTime(page, 'academy-applicationDeadline', '30.9.2026', '23.59');
    await fillDateTime(page, 'academy-consultationBookingDeadline', '30.9.2026', '23.59');
    await fillDateTime(page, 'academy-selectionAnnouncementAt', '15.10.2026', '12.00');
    await fillDateTime(page, 'academy-confirmationDeadline', '31.10.2026', '16.00');
    await page.locator('#academy-team-size-limit').fill('4');
    await page.locator('#academy-event-reminder-minutes').fill('1440, 30');
    // suomifi draws the box over the input: the label takes the click.
    await page.locator('label[for="academy-public-outcomes"]').click();
    await screenshot(page, 'admin-academy-new', 'en');
    await page.getByRole('button', { name: 'Create the academy' }).click();

    await page.getByRole('heading', { level: 1, name: 'Browser academy' }).waitFor();
    expect(await page.getByTestId('admin-academy-status').innerText()).toBe('Draft');
    // The dates come back as entered, in the academy's zone.
    expect(await page.locator('#academy-applicationDeadline-date').inputValue()).toBe('30.9.2026');
    expect(await page.locator('#academy-applicationDeadline-time').inputValue()).toBe('23.59');
    expect(await page.locator('#academy-confirmationDeadline-date').inputValue()).toBe(
      '31.10.2026',
    );
    expect(await page.locator('#academy-confirmationDeadline-time').inputValue()).toBe('16.00');
    expect(await page.locator('#academy-team-size-limit').inputValue()).toBe('4');
    expect(await page.locator('#academy-event-reminder-minutes').inputValue()).toBe('1440, 30');
    expect(
      await page
        .getByRole('checkbox', { name: "Events' recorded outcomes are public" })
        .isChecked(),
    ).toBe(true);
    const [saved] = await app.testApp.dataSource.query<
      Array<{
        confirmation_deadline: Date;
        team_size_limit: number;
        event_reminder_minutes: number[];
        public_outcomes: boolean;
      }>
    >(
      `SELECT confirmation_deadline, team_size_limit, event_reminder_minutes, public_outcomes FROM academies WHERE slug = 'selainakatemia-2026'`,
    );
    expect(saved.public_outcomes).toBe(true);
    expect(saved.team_size_limit).toBe(4);
    expect(saved.event_reminder_minutes).toEqual([1440, 30]);
    // Helsinki is at UTC+2 again on 31.10.
    expect(new Date(saved.confirmation_deadline).toISOString()).toBe('2026-10-31T14:00:00.000Z');

    await page.getByRole('button', { name: 'Add a criterion' }).click();
    await page.locator('#criterion-0-label-fi').fill('Julkinen hankintayksikkö');
    await page.locator('#criterion-0-label-en').fill('A public contracting entity');
    await page.getByRole('button', { name: 'Save the criteria' }).click();
    await page.getByText('The criteria were saved.').waitFor();

    await page.getByRole('button', { name: 'Add an event' }).click();
    await page.locator('#new-event-title-fi').fill('Aloitustilaisuus');
    await page.locator('#new-event-title-en').fill('Kick-off in the browser');
    await fillDateTime(page, 'new-event-start', '12.11.2026', '10.00');
    await fillDateTime(page, 'new-event-end', '12.11.2026', '16.00');
    await page.getByRole('button', { name: 'Add the event' }).click();
    const event = page.getByTestId('admin-event').filter({ hasText: 'Kick-off in the browser' });
    await event.waitFor();
    // Shown in the academy's zone (Helsinki, UTC+2 in November) as entered.
    expect(await event.innerText()).toMatch(/10[.:]00/);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'admin-academy', 'en');

    await page.getByRole('button', { name: 'Publish' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Publish the academy?').waitFor();
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Yes, publish' }).click();
    await page
      .getByTestId('admin-academy-status')
      .filter({ hasText: 'Open for applications' })
      .waitFor();

    await page.goto(`${app.clientUrl}/`);
    await page.getByRole('link', { name: 'Browser academy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Browser academy' }).waitFor();
    await page.getByText('A public contracting entity').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Kick-off in the browser' }).waitFor();
  });

  it('filters the applications, extends a deadline and downloads the CSV with both delimiters', async () => {
    const { academy } = await academyWithApplications();
    const { page } = await signedInAdmin('fi');
    await page.goto(`${app.clientUrl}/admin/academies/${academy.id}/applications`);
    await page
      .getByRole('heading', { level: 1, name: `Hakemukset: ${academy.title.fi}` })
      .waitFor();
    await total(page, 2);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'admin-applications', 'fi');

    const rows = page.getByTestId('application-row');
    await page.locator('#filter-status').click();
    await page.getByRole('option', { name: 'Jätetty' }).click();
    await total(page, 1);
    expect(await rows.allInnerTexts()).toEqual([expect.stringContaining('Hakijakaupunki Oy')]);

    await page.locator('#filter-status').click();
    await page.getByRole('option', { name: 'Kaikki' }).click();
    await total(page, 2);
    await page.locator('#filter-eligibility').click();
    await page.getByRole('option', { name: 'Ei täytä' }).click();
    await total(page, 1);
    expect(await rows.allInnerTexts()).toEqual([expect.stringContaining('Luonnoskunta')]);
    await expectNoSeriousA11yViolations(page);

    // A later deadline for the draft's organisation, entered in the academy's zone.
    await page.getByRole('button', { name: 'Pidennä määräaikaa: Luonnoskunta' }).click();
    await fillDateTime(page, `extension-${await rowId(page)}-until`, '15.6.2026', '16.00');
    await page.getByRole('textbox', { name: 'Perustelu' }).fill('Sairastuminen');
    await page.getByRole('button', { name: 'Myönnä pidennys' }).click();
    await page.getByText('Organisaation Luonnoskunta määräaikaa pidennettiin.').waitFor();
    await rows.filter({ hasText: '15.6.2026' }).waitFor();

    for (const [linkName, delimiter] of [
      ['CSV Exceliin (suomi) – puolipisteillä erotettu', ';'],
      ['CSV (pilkuilla erotettu, muut ohjelmat)', ','],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: linkName }).click(),
      ]);
      const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
      const [header, ...lines] = csv.trim().split('\r\n');
      expect(header.startsWith(`"organisation"${delimiter}"business_id"`)).toBe(true);
      const row = lines.find((line) => line.startsWith('"Hakijakaupunki Oy"'));
      expect(row).toContain(`${delimiter}"SUBMITTED"${delimiter}`);
      expect(lines.some((line) => line.startsWith('"Luonnoskunta"'))).toBe(true);
    }
  });

  /** Waits until the list says it found `count` applications. */
  async function total(page: Page, count: number) {
    await page
      .getByTestId('applications-total')
      .filter({ hasText: new RegExp(`: ${count}$`) })
      .waitFor();
  }

  /** The id of the application whose extension form is open (from the form's inputs). */
  async function rowId(page: Page): Promise<string> {
    const id = await page.locator('input[id^="extension-"][id$="-until-date"]').getAttribute('id');
    return /^extension-(.+)-until-date$/.exec(id ?? '')![1];
  }

  it('grants and revokes a role, by keyboard, and shows LAST_ADMIN for the last admin', async () => {
    const { admin, page } = await signedInAdmin('en');
    const person = await createSignedInUser(app.testApp.dataSource, {
      email: 'future.expert@example.fi',
    });
    await page.goto(`${app.clientUrl}/admin/roles`);
    await page.getByRole('heading', { level: 1, name: 'Roles' }).waitFor();
    await expectNoSeriousA11yViolations(page);

    // By keyboard alone: to the address, type it, Enter submits (the role is EXPERT).
    await tabTo(page, (focused) => focused.id === 'grant-email');
    await page.keyboard.type(person.user.email);
    await page.keyboard.press('Enter');
    await page.getByText(`${person.user.email} is now expert.`).waitFor();
    await page.getByTestId('holders-EXPERT').getByText(person.user.email).waitFor();
    await screenshot(page, 'admin-roles', 'en');

    await page.getByRole('button', { name: `Revoke expert from ${person.user.email}` }).click();
    await page.getByText(`${person.user.email} is no longer expert.`).waitFor();
    expect(await page.getByTestId('holders-EXPERT').getByText(person.user.email).count()).toBe(0);

    // Every other admin loses the role (set up through the API), so this one is the last.
    const others = await graphqlOk<{ users: { items: Array<{ email: string }> } }>(
      app.testApp,
      'query { users(role: ADMIN, limit: 100) { items { email } } }',
      undefined,
      admin.headers,
    );
    for (const { email } of others.users.items.filter((user) => user.email !== admin.user.email)) {
      await graphqlOk(
        app.testApp,
        'mutation ($input: RoleChangeInput!) { revokeRole(input: $input) { id } }',
        { input: { email, role: GlobalRole.ADMIN } },
        admin.headers,
      );
    }
    await page.reload();
    await page
      .getByRole('button', { name: `Revoke administrator from ${admin.user.email}` })
      .click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'The last administrator cannot lose the role.' })
      .waitFor();
    await expectNoSeriousA11yViolations(page);
  });

  it('every admin page in Finnish and English: axe and screenshots', async () => {
    const { academy } = await academyWithApplications();
    // The journeys above took the other screenshots (en: new, academy, roles; fi: applications).
    const pages = {
      academies: '/admin/academies',
      'academy-new': '/admin/academies/new',
      academy: `/admin/academies/${academy.id}`,
      applications: `/admin/academies/${academy.id}/applications`,
      roles: '/admin/roles',
    };
    const wanted = {
      fi: ['academies', 'academy-new', 'academy', 'roles'],
      en: ['academies', 'applications'],
    } as const;
    for (const language of ['fi', 'en'] as const) {
      const { page } = await signedInAdmin(language);
      for (const name of wanted[language]) {
        await page.goto(`${app.clientUrl}${pages[name]}`);
        await page.locator('main h1').waitFor();
        await page.waitForFunction(() => !document.querySelector('main .fi-loadingSpinner'));
        await expectNoSeriousA11yViolations(page);
        await screenshot(page, `admin-${name}`, language);
      }
    }
  });

  it('tells others, in Finnish and English, that the admin pages are not for them', async () => {
    const notForYou = {
      fi: { heading: 'Roolit', text: 'Tämä sivu on akatemioiden ylläpitäjille', nav: 'Ylläpito' },
      en: {
        heading: 'Roles',
        text: "This page is for the academies' administrators",
        nav: 'Administration',
      },
    } as const;
    for (const language of ['fi', 'en'] as const) {
      const expected = notForYou[language];
      const person = await createSignedInUser(app.testApp.dataSource, {
        locale: Locale[language],
      });
      const page = await app.newPage(language);
      await app.signInAs(page, person.user.email);
      await page.goto(`${app.clientUrl}/admin/roles`);
      await page.getByRole('heading', { level: 1, name: expected.heading }).waitFor();
      await page.getByText(expected.text, { exact: false }).waitFor();
      expect(await page.getByRole('link', { name: expected.nav }).count()).toBe(0);
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'admin-not-for-you', language);
    }
  });
});
