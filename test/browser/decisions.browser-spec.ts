// The programme manager's decisions page in a real browser: stage decisions by keyboard and
// mouse, see the readiness problems, publish, and see the released state.
import { Locale } from '../../src/common/i18n/locale.js';
import {
  closeApplications,
  createAcademy,
  createAdmin,
  createSubmittedApplication,
} from '../factories/index.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './browser-app.js';

describe('decisions page in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  for (const language of ['fi', 'en'] as const) {
    it(`stages decisions, shows what blocks publishing, and publishes (${language})`, async () => {
      const admin = await createAdmin(app.testApp.dataSource, { locale: Locale[language] });
      const academy = await createAcademy(app.testApp.dataSource, { capacity: 1 });
      const first = await createSubmittedApplication(app.testApp, {
        academy,
        organisation: { name: 'Ensimmäinen kunta' },
      });
      await createSubmittedApplication(app.testApp, {
        academy,
        organisation: { name: 'Toinen kunta' },
      });
      const page = await app.newPage(language);
      await app.signInAs(page, admin.user.email);
      await page.goto(`${app.clientUrl}/admin/academies/${academy.id}/decisions`);
      await page.getByRole('heading', { level: 1 }).waitFor();

      const forms = page.getByTestId('decision-form');
      await forms.first().waitFor();
      expect(await forms.count()).toBe(2);
      // Applications are still open: the deadline stands in the way, with its date.
      await page
        .getByTestId('readiness-problems')
        .filter({
          hasText: language === 'fi' ? /Haku on vielä auki.*31\.5\.2026/ : /still open.*2026/,
        })
        .waitFor();
      // They close; the list follows at its next refresh (after a save below).
      await closeApplications(app.testApp.dataSource, academy, app.testApp.clock.now());

      // Publishing before every application has a decision: the API's refusal is shown.
      await page
        .getByRole('button', { name: language === 'fi' ? 'Julkaise nyt' : 'Publish now' })
        .click();
      await page.getByRole('alert').first().waitFor();

      // Accept the first, reserve the second.
      const firstForm = page.locator(`form[id="${first.applicationId}"]`);
      await firstForm.getByRole('button').first().click();
      await page
        .getByRole('option', { name: language === 'fi' ? 'Hyväksytty' : 'Accepted' })
        .click();
      await firstForm
        .getByRole('button', { name: language === 'fi' ? 'Tallenna päätös' : 'Save the decision' })
        .click();
      await firstForm.getByRole('status').waitFor();

      const secondForm = forms.nth(1);
      await secondForm.getByRole('button').first().click();
      await page.getByRole('option', { name: language === 'fi' ? 'Varasija' : 'Reserve' }).click();
      await secondForm
        .getByLabel(language === 'fi' ? 'Varasijan numero' : 'Reserve rank')
        .fill('2');
      await secondForm
        .getByRole('button', { name: language === 'fi' ? 'Tallenna päätös' : 'Save the decision' })
        .click();
      await secondForm.getByRole('status').waitFor();
      // The readiness list refreshes after the save: wait for the rank problem to replace
      // the "no decision" one shown before.
      await page.getByTestId('readiness-problems').filter({ hasText: '1…n' }).waitFor();
      expect(await page.getByTestId('readiness-problems').textContent()).not.toMatch(
        language === 'fi' ? /puuttuu päätös/ : /no decision/,
      );
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'decisions', language);

      await secondForm
        .getByLabel(language === 'fi' ? 'Varasijan numero' : 'Reserve rank')
        .fill('1');
      await secondForm
        .getByRole('button', { name: language === 'fi' ? 'Tallenna päätös' : 'Save the decision' })
        .click();
      await page.getByTestId('readiness-problems').waitFor({ state: 'detached' });

      await page
        .getByRole('button', { name: language === 'fi' ? 'Julkaise nyt' : 'Publish now' })
        .click();
      await page
        .getByText(language === 'fi' ? /Päätökset julkaistiin/ : /The decisions were published/)
        .waitFor();
      const [row] = await app.testApp.dataSource.query<Array<{ released_at: Date | null }>>(
        `SELECT released_at FROM selection_releases WHERE academy_id = $1`,
        [academy.id],
      );
      expect(row.released_at).not.toBeNull();
      await expectNoSeriousA11yViolations(page);
    });
  }
});
