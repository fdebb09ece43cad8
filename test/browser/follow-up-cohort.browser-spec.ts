// The experts' pilots-progress dashboard, the check-in settings and the cohort's shared pilot
// summary in a real browser: an expert sees a late pilot whose team still declares it on
// schedule as "behind" with its overdue task, follows its link to the pilot's expert view
// (?organisation=) and downloads the CSV with both delimiters; the settings are read-only for
// the expert, an admin is refused 45 days at the field (nothing saved) and saves 5; someone
// who is not staff is told the dashboard is not for them. The shared summary shows a
// non-consenting organisation the consenting one's pilot, not its own, and says why.
// axe on each state, screenshots fi and en.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { Locale } from '../../src/common/i18n/locale.js';
import { CircularMeasuresService } from '../../src/modules/follow-up/measures/circular-measures.service.js';
import {
  academyWithPilots,
  createAdmin,
  createExpert,
  createSignedInUser,
  type CohortPilot,
} from '../factories/index.js';
import { chooseOption } from './application-form.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './browser-app.js';

const NOW = new Date('2027-09-01T09:00:00Z');
const LATER = new Date('2027-09-08T09:00:00Z');
const ADD_TASK = `mutation ($input: AddTaskInput!) { addTrackedActionTask(input: $input) { id } }`;
const SET_MEASURE = `mutation ($input: SetTrackedActionMeasureInput!) { setTrackedActionMeasure(input: $input) { id } }`;
const WRITE_UPDATE = `mutation ($input: WriteProgressUpdateInput!) { writeProgressUpdate(input: $input) { id } }`;
const SET_STAGE = `mutation ($input: SetTrackedActionStageInput!) { setTrackedActionStage(input: $input) { id } }`;
const SETTINGS = `query ($academyId: ID!) { followUpSettings(academyId: $academyId) { checkInCadence taskReminderDays } }`;

describe('pilots-progress dashboard, check-in settings and shared summary in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ now: NOW });
  });
  afterAll(() => app?.close());
  afterEach(() => app.testApp.clock.set(NOW));

  const h1 = (page: Page, name: string | RegExp) =>
    page.getByRole('heading', { level: 1, name }).waitFor();
  const ok = async (
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
  ) => {
    const response = await app.testApp.graphql(query, variables, headers);
    expect(response.errors).toBeUndefined();
    return response.data;
  };
  const setConsent = (pilot: CohortPilot, consent: boolean) =>
    app.testApp.dataSource.query(
      `UPDATE applications SET answers = jsonb_set(answers, '{consents}', $2::jsonb) WHERE id = $1`,
      [pilot.applicationId, JSON.stringify({ shareLearnings: consent, attendEvents: true })],
    );
  const setLocale = (pilot: CohortPilot, locale: string) =>
    app.testApp.dataSource.query(`UPDATE users SET locale = $2 WHERE id = $1`, [
      pilot.contact.user.id,
      locale,
    ]);

  /** Two pilots: `late` in PLANNING with a task due 5.9., a measure applied, an update on 1.9. */
  async function cohort() {
    const admin = await createAdmin(app.testApp.dataSource, { locale: Locale.en });
    const { academy, pilots } = await academyWithPilots(app.testApp, admin, 2);
    const [late, quiet] = pilots;
    await app.testApp.app
      .get(CircularMeasuresService)
      .seedDefaults(app.testApp.dataSource.manager, academy.id);
    const [dialogue] = await app.testApp.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM circular_measures WHERE academy_id = $1 AND key = 'MARKET_DIALOGUE'`,
      [academy.id],
    );
    const headers = late.contact.headers;
    await ok(
      ADD_TASK,
      {
        input: {
          trackedActionId: late.pilotId,
          title: 'Markkinavuoropuhelu',
          dueDate: '2027-09-05',
        },
      },
      headers,
    );
    await ok(
      SET_MEASURE,
      { input: { trackedActionId: late.pilotId, measureId: dialogue.id, status: 'APPLIED' } },
      headers,
    );
    await ok(
      WRITE_UPDATE,
      { input: { trackedActionId: late.pilotId, body: 'Vuoropuhelu suunniteltu.' } },
      headers,
    );
    await ok(SET_STAGE, { input: { trackedActionId: late.pilotId, stage: 'PLANNING' } }, headers);
    return { admin, academy, late, quiet };
  }

  it('shows a late pilot declared on schedule as behind, links to its expert view and downloads the CSV', async () => {
    const { academy, late, quiet } = await cohort();
    // 8.9.: the task due 5.9. is overdue in Helsinki; the team still declares on schedule.
    app.testApp.clock.set(LATER);
    const expert = await createExpert(app.testApp.dataSource, { locale: Locale.en });
    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/sign-in?next=/academies/${academy.slug}`);
    await app.signInAs(page, expert.user.email);
    // Experts find the dashboard from the academy's page.
    await page.getByRole('link', { name: "Pilots' progress" }).click();
    await h1(page, `Pilots' progress: ${academy.title.en ?? academy.title.fi}`);
    expect(new URL(page.url()).pathname).toBe(`/admin/academies/${academy.id}/progress`);

    const summary = page.getByTestId('progress-summary');
    await summary
      .getByText('Pilots: 2 (not started 1, planning 1, implementation 0, done 0).')
      .waitFor();
    await summary.getByText('Behind by the dates: 1. Overdue tasks in all: 1.').waitFor();
    const lateRow = page.getByTestId('progress-row').filter({ hasText: late.organisation.name });
    await lateRow.getByText('Declared: on schedule').waitFor();
    await lateRow.getByTestId('behind').getByText('Behind by the dates').waitFor();
    expect(await lateRow.getByTestId('overdue').innerText()).toBe('1');
    expect(await lateRow.getByTestId('stage').innerText()).toBe('Planning');
    expect(await lateRow.getByTestId('last-update').innerText()).toBe('01/09/2027');
    await lateRow.getByText('Market dialogue').waitFor();
    const quietRow = page.getByTestId('progress-row').filter({ hasText: quiet.organisation.name });
    await quietRow.getByText('On time by the dates').waitFor();
    expect(await quietRow.getByTestId('behind').count()).toBe(0);
    expect(await quietRow.getByTestId('last-update').innerText()).toBe('No updates');
    expect(await quietRow.getByTestId('stage').innerText()).toBe('Not started');

    // The settings: experts read them.
    const settings = page.getByTestId('follow-up-settings');
    await settings.getByText('Monthly').waitFor();
    await settings.getByText('3 days before the due date').waitFor();
    await settings.getByText('Only admins can change these settings.').waitFor();
    expect(await settings.getByRole('button', { name: 'Save the settings' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'cohort-progress', 'en');

    // Both CSV files, with the dashboard's header and the late pilot behind.
    for (const [linkName, delimiter] of [
      ['CSV for Excel (Finnish) – separated by semicolons', ';'],
      ['CSV (separated by commas, other programs)', ','],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: linkName }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${academy.slug}-cohort-progress.csv`);
      const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
      const [header, ...lines] = csv.trim().split('\r\n');
      expect(header).toBe(
        [
          'organisation',
          'pilot_title',
          'stage',
          'declared_on_schedule',
          'derived_behind',
          'on_schedule',
          'overdue_tasks',
          'last_update',
          'measures_applied',
          'measure_keys',
        ]
          .map((column) => `"${column}"`)
          .join(delimiter),
      );
      const row = lines.find((line) => line.startsWith(`"${late.organisation.name}"`));
      expect(row).toContain(['"PLANNING"', '"yes"', '"yes"', '"no"', '"1"'].join(delimiter));
      expect(lines).toHaveLength(2);
    }

    // Each row opens the pilot's expert view.
    await lateRow
      .getByRole('link', { name: `Open the pilot of ${late.organisation.name}` })
      .click();
    await page.waitForURL(
      (url) =>
        url.pathname === `/academies/${academy.slug}/pilot` &&
        url.search === `?organisation=${late.organisation.id}`,
    );

    // In Finnish.
    const finnishExpert = await createExpert(app.testApp.dataSource, { locale: Locale.fi });
    const finnish = await app.newPage('fi');
    await finnish.goto(`${app.clientUrl}/sign-in?next=/admin/academies/${academy.id}/progress`);
    await app.signInAs(finnish, finnishExpert.user.email);
    await h1(finnish, `Pilottien eteneminen: ${academy.title.fi}`);
    const lateFi = finnish.getByTestId('progress-row').filter({ hasText: late.organisation.name });
    await lateFi.getByText('Myöhässä päivien mukaan').waitFor();
    await lateFi.getByText('Ilmoitettu: aikataulussa').waitFor();
    expect(await lateFi.getByTestId('stage').innerText()).toBe('Suunnittelu');
    expect(await lateFi.getByTestId('last-update').innerText()).toBe('1.9.2027');
    await finnish
      .getByTestId('progress-row')
      .filter({ hasText: quiet.organisation.name })
      .getByText('Ei päivityksiä')
      .waitFor();
    await expectNoSeriousA11yViolations(finnish);
    await screenshot(finnish, 'cohort-progress', 'fi');

    // A cohort organisation's contact is not staff: the dashboard is not for them.
    await setLocale(quiet, 'en');
    const outsider = await app.newPage('en');
    await outsider.goto(`${app.clientUrl}/sign-in?next=/admin/academies/${academy.id}/progress`);
    await app.signInAs(outsider, quiet.contact.user.email);
    await h1(outsider, "Pilots' progress");
    await outsider.getByText('Your account does not have that role', { exact: false }).waitFor();
    expect(await outsider.getByTestId('cohort-progress').count()).toBe(0);
    expect(await outsider.getByText(late.organisation.name).count()).toBe(0);
  });

  it('lets admins change the check-in settings and refuses a reminder lead out of range at the field', async () => {
    const admin = await createAdmin(app.testApp.dataSource, { locale: Locale.en });
    const { academy } = await academyWithPilots(app.testApp, admin, 1);
    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/sign-in?next=/admin/academies/${academy.id}`);
    await app.signInAs(page, admin.user.email);
    await page.getByRole('link', { name: "Pilots' progress" }).click();
    await h1(page, `Pilots' progress: ${academy.title.en ?? academy.title.fi}`);
    const settings = page.getByTestId('follow-up-settings');

    await chooseOption(page, /Check-in cadence/, 'Quarterly');
    const days = settings.getByRole('textbox', { name: /Task reminder, days before the due date/ });
    await days.fill('45');
    await settings.getByRole('button', { name: 'Save the settings' }).click();
    await settings.getByText('Give a whole number of days from 0 to 30.').waitFor();
    expect(await days.getAttribute('aria-invalid')).toBe('true');
    // Nothing was saved.
    expect(await ok(SETTINGS, { academyId: academy.id }, admin.headers)).toEqual({
      followUpSettings: { checkInCadence: 'MONTHLY', taskReminderDays: 3 },
    });
    // Not a number at all: the same words, without asking the API.
    await days.fill('kolme');
    await settings.getByRole('button', { name: 'Save the settings' }).click();
    await settings.getByText('Give a whole number of days from 0 to 30.').waitFor();
    await expectNoSeriousA11yViolations(page);

    await days.fill('5');
    await settings.getByRole('button', { name: 'Save the settings' }).click();
    await settings.getByText('The settings were saved.').waitFor();
    expect(await settings.getByText('Give a whole number of days').count()).toBe(0);
    expect(await ok(SETTINGS, { academyId: academy.id }, admin.headers)).toEqual({
      followUpSettings: { checkInCadence: 'QUARTERLY', taskReminderDays: 5 },
    });
  });

  it('shows a non-consenting organisation the consenting one’s pilot, not its own, and says why', async () => {
    const { academy, late, quiet } = await cohort();
    await setConsent(late, true);
    await setConsent(quiet, false);
    await setLocale(quiet, 'en');

    // The non-consenting organisation's contact, from the academy's page.
    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/sign-in?next=/academies/${academy.slug}`);
    await app.signInAs(page, quiet.contact.user.email);
    await page.getByRole('link', { name: "The cohort's pilots" }).click();
    await h1(page, `The cohort's pilots: ${academy.title.en ?? academy.title.fi}`);
    await page
      .getByTestId('own-consent')
      .getByText(
        `${quiet.organisation.name} did not agree to share its learnings in its application`,
        { exact: false },
      )
      .waitFor();
    const cards = page.getByTestId('shared-pilot');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(1);
    await cards.getByRole('heading', { level: 2, name: late.organisation.name }).waitFor();
    await cards.getByText('Planning').waitFor();
    await cards.getByTestId('shared-measures').getByText('Market dialogue · Applied').waitFor();
    expect(await page.getByRole('heading', { name: quiet.organisation.name }).count()).toBe(0);
    // Nothing of the team's own writing or tasks.
    expect(await page.getByText('Vuoropuhelu suunniteltu.').count()).toBe(0);
    expect(await page.getByText('Markkinavuoropuhelu').count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'cohort-pilots', 'en');

    // The consenting organisation, in Finnish: its own pilot is shared, and it is told so.
    await setLocale(late, 'fi');
    const finnish = await app.newPage('fi');
    await finnish.goto(`${app.clientUrl}/sign-in?next=/academies/${academy.slug}/cohort-pilots`);
    await app.signInAs(finnish, late.contact.user.email);
    await h1(finnish, `Ryhmän pilotit: ${academy.title.fi}`);
    await finnish
      .getByTestId('own-consent')
      .getByText(`${late.organisation.name} suostui jakamaan oppinsa`, { exact: false })
      .waitFor();
    await finnish.getByTestId('shared-pilot').getByText('Suunnittelu').waitFor();
    await expectNoSeriousA11yViolations(finnish);
    await screenshot(finnish, 'cohort-pilots', 'fi');

    // Someone outside the cohort and the staff: told who the summary is for.
    const stranger = await createSignedInUser(app.testApp.dataSource, { locale: Locale.en });
    const outside = await app.newPage('en');
    await outside.goto(`${app.clientUrl}/sign-in?next=/academies/${academy.slug}/cohort-pilots`);
    await app.signInAs(outside, stranger.user.email);
    await outside
      .getByText("The cohort's pilots are shown to the academy's staff and to the members")
      .waitFor();
    expect(await outside.getByTestId('shared-pilot').count()).toBe(0);
  });
});
