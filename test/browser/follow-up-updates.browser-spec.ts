// The pilot page's progress updates and the experts' view, in a real browser: a measurement
// date that does not exist is refused at the measurement's own date field (not under the
// task's due date); an update that is too long is refused at its field with the text kept;
// the team writes an update that moves the stage (the history shows the move, the stage shows
// the new one); an expert opens the pilot at ?organisation=<id>, sees it read-only (no edit
// controls) and comments; the team sees the comment; a member of another organisation of the
// cohort gets the not-found page at that address. axe on each state, screenshots fi and en.
import type { Page } from 'playwright-core';
import { Locale } from '../../src/common/i18n/locale.js';
import {
  academyWithPilots,
  createAdmin,
  createExpert,
  type CohortPilot,
} from '../factories/index.js';
import { graphqlOk } from '../helpers/graphql-ok.js';
import { chooseOption } from './application-form.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './browser-app.js';

const NOW = new Date('2027-09-01T09:00:00Z');

const ADD_METRIC = `mutation ($input: AddMetricInput!) { addMetric(input: $input) { id } }`;

// The team's edit controls, by their English names: none may show in the experts' view.
const EDIT_CONTROLS = [
  'Write the update',
  'Add the task',
  'Declare not on schedule',
  'Declare on schedule',
  'Record the measurement',
  'Add the metric',
  'Save the measure',
  'Publish on the results page',
  'Take off the results page',
];

describe('pilot progress updates and the experts’ view in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ now: NOW });
  });
  afterAll(() => app?.close());

  const setLocale = (userId: string, locale: string) =>
    app.testApp.dataSource.query(`UPDATE users SET locale = $2 WHERE id = $1`, [userId, locale]);

  async function openPilot(page: Page, email: string, path: string) {
    await page.goto(`${app.clientUrl}${path}`);
    await page.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(page, email);
  }

  it('writes an update that moves the stage, the expert reads it read-only and comments, the team sees the comment', async () => {
    const admin = await createAdmin(app.testApp.dataSource);
    const { academy, pilots } = await academyWithPilots(app.testApp, admin, 2);
    const [team, other]: CohortPilot[] = pilots;
    await setLocale(team.contact.user.id, 'en');
    await setLocale(other.contact.user.id, 'en');
    await graphqlOk(
      app.testApp,
      ADD_METRIC,
      {
        input: {
          trackedActionId: team.pilotId,
          name: 'CO2e',
          unit: 't',
          baseline: '100',
          target: '60',
        },
      },
      team.contact.headers,
    );
    const pilotPath = `/academies/${academy.slug}/pilot`;
    const expertPath = `${pilotPath}?organisation=${team.organisation.id}`;

    const page = await app.newPage('en');
    await openPilot(page, team.contact.user.email, pilotPath);
    await page.getByRole('heading', { level: 3, name: 'Progress updates' }).waitFor();
    await page.getByText('No progress updates yet.').waitFor();

    // A measurement date that does not exist: the message at the measurement's date field,
    // the task form's due date untouched (it used to show there), the typed date kept.
    const measurement = page.getByTestId('measurement-form');
    await measurement.getByRole('textbox', { name: /Date of the measurement/ }).fill('2027-11-31');
    await measurement.getByRole('textbox', { name: 'Value (t)' }).fill('90');
    await measurement.getByRole('button', { name: 'Record the measurement' }).click();
    await measurement.getByText('That date does not exist.', { exact: false }).waitFor();
    expect(await page.getByTestId('task-form').getByText('That date does not exist.').count()).toBe(
      0,
    );
    expect(
      await measurement.getByRole('textbox', { name: /Date of the measurement/ }).inputValue(),
    ).toBe('2027-11-31');

    // Too long: refused at the update's field, the text stays, nothing written.
    const updates = page.getByTestId('updates');
    const text = updates.getByRole('textbox', { name: /Progress update/ });
    await text.fill('x'.repeat(10_001));
    await updates.getByRole('button', { name: 'Write the update' }).click();
    await updates.getByText('Too long.').waitFor();
    expect((await text.inputValue()).length).toBe(10_001);
    await updates.getByText('No progress updates yet.').waitFor();

    // The update moves the stage: the history shows the move, the page the new stage.
    await text.fill('Market dialogue held with four suppliers; the tender is being drafted.');
    await chooseOption(page, /Stage after this update/, 'Planning');
    await updates.getByRole('button', { name: 'Write the update' }).click();
    await updates.getByText('The update was written; the stage is now Planning.').waitFor();
    const entry = updates.getByTestId('update').first();
    await entry.getByText('Stage: Not started → Planning').waitFor();
    await entry.getByText(team.contact.user.name!, { exact: false }).waitFor();
    // Written at 09:00 UTC: 12:00 in the academy's zone (Helsinki).
    await entry.getByText(/12:00/).waitFor();
    await page.getByTestId('pilot-status').getByText('Planning').waitFor();
    expect(await text.inputValue()).toBe('');
    await expectNoSeriousA11yViolations(page);

    // The expert opens the pilot from the dashboard's address: read-only, comments.
    const expert = await createExpert(app.testApp.dataSource, {
      name: 'Eeva Asiantuntija',
      locale: Locale.en,
    });
    const expertPage = await app.newPage('en');
    await openPilot(expertPage, expert.user.email, expertPath);
    await expertPage.getByTestId('read-only').waitFor();
    await expertPage.getByText(team.organisation.name).first().waitFor();
    await expertPage.getByTestId('pilot-status').getByText('Planning').waitFor();
    await expertPage.getByText('Stage: Not started → Planning').waitFor();
    for (const name of EDIT_CONTROLS) {
      expect({ name, count: await expertPage.getByRole('button', { name }).count() }).toEqual({
        name,
        count: 0,
      });
    }
    expect(await expertPage.getByRole('textbox').count()).toBe(0);
    await expertPage.getByRole('button', { name: /Comment on the update by/ }).click();
    await expertPage
      .getByRole('textbox', { name: 'Comment' })
      .fill('Good progress — remember the life-cycle costs in the criteria.');
    await expertPage.getByRole('button', { name: 'Send the comment' }).click();
    await expertPage.getByText('The comment was added.').waitFor();
    const comment = expertPage.getByTestId('comment');
    await comment.getByText('Good progress — remember the life-cycle costs').waitFor();
    await comment.getByText(/Eeva Asiantuntija/).waitFor();
    await expectNoSeriousA11yViolations(expertPage);
    await screenshot(expertPage, 'pilot-expert', 'en');

    // The team sees the comment.
    await page.reload();
    await page
      .getByTestId('comment')
      .getByText('Good progress — remember the life-cycle costs')
      .waitFor();
    await page
      .getByTestId('comment')
      .getByText(/Eeva Asiantuntija/)
      .waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'pilot-updates', 'en');

    // Another organisation of the cohort: the address names a pilot that does not exist.
    const otherPage = await app.newPage('en');
    await openPilot(otherPage, other.contact.user.email, expertPath);
    await otherPage.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await otherPage.getByText('Good progress').count()).toBe(0);
    expect(await otherPage.getByText(team.organisation.name).count()).toBe(0);
    // Its own pilot at the page's plain address is still its own.
    await otherPage.goto(`${app.clientUrl}${pilotPath}`);
    await otherPage.getByRole('heading', { level: 3, name: 'Progress updates' }).waitFor();
    await otherPage.getByText(other.organisation.name).first().waitFor();
    // The page leads on: a team to the cohort's shared summary, an expert to the dashboard.
    expect(
      await otherPage.getByRole('link', { name: "The cohort's pilots" }).getAttribute('href'),
    ).toBe(`${pilotPath.replace(/\/pilot$/, '')}/cohort-pilots`);
    await expertPage.goto(`${app.clientUrl}${pilotPath}`);
    expect(
      await expertPage.getByRole('link', { name: "Pilots' progress" }).getAttribute('href'),
    ).toMatch(/^\/admin\/academies\/[0-9a-f-]{36}\/progress$/);

    // Finnish: the team's and the expert's views.
    await setLocale(team.contact.user.id, 'fi');
    const finnish = await app.newPage('fi');
    await openPilot(finnish, team.contact.user.email, pilotPath);
    await finnish.getByRole('heading', { level: 3, name: 'Tilannepäivitykset' }).waitFor();
    await finnish.getByText('Vaihe: Ei aloitettu → Suunnittelu').waitFor();
    await finnish
      .getByTestId('update')
      .getByText(/12\.00/)
      .first()
      .waitFor();
    await expectNoSeriousA11yViolations(finnish);
    await screenshot(finnish, 'pilot-updates', 'fi');

    await setLocale(expert.user.id, 'fi');
    const finnishExpert = await app.newPage('fi');
    await openPilot(finnishExpert, expert.user.email, expertPath);
    await finnishExpert.getByTestId('read-only').waitFor();
    await finnishExpert.getByRole('heading', { level: 3, name: 'Tilannepäivitykset' }).waitFor();
    await expectNoSeriousA11yViolations(finnishExpert);
    await screenshot(finnishExpert, 'pilot-expert', 'fi');

    // The time is the academy's, not the browser's (Helsinki): in UTC the update is at 9.00.
    await app.testApp.dataSource.query(`UPDATE academies SET time_zone = 'UTC' WHERE id = $1`, [
      academy.id,
    ]);
    await finnishExpert.reload();
    await finnishExpert
      .getByTestId('update')
      .getByText(/ 9\.00 · /)
      .waitFor();
  });
});
