// The retention page in a real browser: an admin opens it from the admin academy page, sees
// every kind with its default and what it counts from, sets a legal minimum apart with its
// reason (one above the period in force refused at the field), sets the academy's own periods
// (one below the legal minimum is refused at that kind's field, naming it, nothing saved) and
// sees the last runs; an expert reads the periods without the forms. axe on each state, screenshots fi and en.
import { Locale } from '../../src/common/i18n/locale.js';
import { RetentionRunsService } from '../../src/modules/privacy/retention/retention-runs.service.js';
import { createAcademy } from '../factories/academies.js';
import { createAdmin, createExpert } from '../factories/users.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './browser-app.js';

describe('retention page in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ now: new Date('2027-11-01T09:00:00Z') });
  });
  afterAll(() => app?.close());

  const h1 = (page: import('playwright-core').Page, name: string | RegExp) =>
    page.getByRole('heading', { level: 1, name }).waitFor();

  it('shows the periods with their defaults, lets admins set them and shows the runs', async () => {
    const dataSource = app.testApp.dataSource;
    const academy = await createAcademy(dataSource);
    const admin = await createAdmin(dataSource, { locale: Locale.en });
    await app.testApp.app.get(RetentionRunsService).runToday();

    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/sign-in?next=/admin/academies/${academy.id}`);
    await app.signInAs(page, admin.user.email);
    await page.getByRole('link', { name: 'Retention of personal data' }).click();
    await h1(page, `Retention of personal data: ${academy.title.en}`);
    const table = page.getByTestId('retention-settings');
    expect(await table.getByRole('row', { name: /Rejected applications/ }).innerText()).toContain(
      'the release of the selection decisions',
    );
    expect(await table.getByRole('row', { name: /Audit trail/ }).innerText()).toContain(
      '60 months (platform-wide)',
    );
    const runs = page.getByTestId('retention-runs');
    await runs.getByText('Rejected applications (answers): 0', { exact: false }).waitFor();

    // Not a number of months: told at the field, nothing sent.
    const reviews = page.getByRole('group', { name: "Reviewers' comments" });
    await reviews.getByLabel('Period (months)').fill('-1');
    await page.getByRole('button', { name: 'Save the periods' }).click();
    await reviews.getByText('Enter whole months from 0 to 600, e.g. 12.').waitFor();
    // Above the API's 600 months: told at the field too, not as a generic error.
    await reviews.getByLabel('Period (months)').fill('601');
    await page.getByRole('button', { name: 'Save the periods' }).click();
    await reviews.getByText('Enter whole months from 0 to 600, e.g. 12.').waitFor();
    expect(await page.getByRole('alert').filter({ hasText: /input/i }).count()).toBe(0);
    await reviews.getByLabel('Period (months)').fill('24');

    // The legal minimum is set apart, with its reason (blank: told at the field).
    const minimumForm = page.getByTestId('retention-legal-minimum');
    await minimumForm.locator('#retention-minimum-kind').click();
    await page
      .getByRole('option', { name: 'Appointment notes and summaries', exact: true })
      .click();
    await minimumForm.getByLabel('Legal minimum (months)').fill('12');
    await minimumForm.getByRole('button', { name: 'Save the legal minimum' }).click();
    await minimumForm.getByText('Give the reason.').waitFor();
    await minimumForm.getByLabel('Reason').fill('Archive Act decision 12/2027');
    await minimumForm.getByRole('button', { name: 'Save the legal minimum' }).click();
    await minimumForm.getByRole('status').getByText('The legal minimum was saved.').waitFor();
    await table
      .getByRole('row', { name: /Appointment notes and summaries/ })
      .getByText('12 months')
      .nth(0)
      .waitFor();
    // Longer than the period in force (the default 24 months): refused at the field.
    await minimumForm.locator('#retention-minimum-kind').click();
    await page.getByRole('option', { name: "Reviewers' comments", exact: true }).click();
    await minimumForm.getByLabel('Legal minimum (months)').fill('30');
    await minimumForm.getByLabel('Reason').fill('Archive Act decision 13/2027');
    await minimumForm.getByRole('button', { name: 'Save the legal minimum' }).click();
    await minimumForm
      .getByText(
        'The legal minimum cannot be longer than the retention period in force (24 months). Lengthen the period first.',
      )
      .waitFor();

    // Below the legal minimum: only the third kind changed, so the API names entry 0 of what
    // was sent; the error is shown at that kind's field, naming it, not at the first kind's.
    const notes = page.getByRole('group', { name: 'Appointment notes and summaries' });
    await notes.getByLabel('Period (months)').fill('6');
    await page.getByRole('button', { name: 'Save the periods' }).click();
    const belowMinimum =
      "Appointment notes and summaries: The retention period is shorter than the academy's legal minimum (12 months).";
    await notes.getByText(belowMinimum).waitFor();
    expect(
      await page.getByRole('group', { name: /Rejected applications/ }).innerText(),
    ).not.toContain('legal minimum');
    expect(await page.getByRole('alert').count()).toBe(0);
    const [stored] = await dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM retention_settings WHERE academy_id = $1 AND months IS NOT NULL`,
      [academy.id],
    );
    expect(stored.n).toBe(0);
    await notes.getByLabel('Period (months)').fill('24');

    await reviews.getByLabel('Period (months)').fill('36');
    await page.getByRole('button', { name: 'Save the periods' }).click();
    await page.getByRole('status').getByText('The periods were saved.').waitFor();
    await table
      .getByRole('row', { name: /Reviewers' comments/ })
      .getByText("36 months (the academy's own)")
      .waitFor();
    // Only the changed kind became the academy's own; the others still follow the default.
    expect(
      await table.getByRole('row', { name: /Rejected applications/ }).innerText(),
    ).not.toContain("academy's own");
    // A legal minimum alone does not make the period the academy's own.
    expect(
      await table.getByRole('row', { name: /Appointment notes and summaries/ }).innerText(),
    ).not.toContain("academy's own");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'retention', 'en');

    // In Finnish.
    const finnishAdmin = await createAdmin(dataSource, { locale: Locale.fi });
    const finnish = await app.newPage('fi');
    await finnish.goto(`${app.clientUrl}/sign-in?next=/admin/academies/${academy.id}/retention`);
    await app.signInAs(finnish, finnishAdmin.user.email);
    await h1(finnish, `Henkilötietojen säilytys: ${academy.title.fi}`);
    await finnish
      .getByTestId('retention-settings')
      .getByRole('row', { name: /Arvioijien perustelut/ })
      .getByText('36 kk (akatemian oma)')
      .waitFor();
    await expectNoSeriousA11yViolations(finnish);
    await screenshot(finnish, 'retention', 'fi');

    // An expert reads the periods; no form, no runs.
    const expert = await createExpert(dataSource, { locale: Locale.en });
    const staff = await app.newPage('en');
    await staff.goto(`${app.clientUrl}/sign-in?next=/admin/academies/${academy.id}/retention`);
    await app.signInAs(staff, expert.user.email);
    await h1(staff, `Retention of personal data: ${academy.title.en}`);
    await staff.getByTestId('retention-settings').waitFor();
    expect(await staff.getByRole('button', { name: 'Save the periods' }).count()).toBe(0);
    expect(await staff.getByTestId('retention-legal-minimum').count()).toBe(0);
    expect(await staff.getByTestId('retention-runs').count()).toBe(0);
    await expectNoSeriousA11yViolations(staff);
  });
});
