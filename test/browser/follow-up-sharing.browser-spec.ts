// The pilot page's measures, metrics and sharing, and the public results page, in a real
// browser: a consenting organisation's contact marks a measure applied, adds a metric,
// records two measurements (a line chart against the target), publishes the pilot; the public
// results page (signed out) shows its stage, the measure applied and the metric. A
// non-consenting organisation's contact is refused publishing with the API's message.
// axe on each state, screenshots fi and en.
import { CircularMeasuresService } from '../../src/modules/follow-up/measures/circular-measures.service.js';
import { academyWithPilots, createAdmin, type CohortPilot } from '../factories/index.js';
import { chooseOption } from './application-form.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './browser-app.js';

const NOW = new Date('2027-09-01T09:00:00Z');

describe('pilot measures, metrics and the public results page in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ now: NOW });
  });
  afterAll(() => app?.close());

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

  it('sets a measure, charts a metric, publishes; the public page shows it; no consent, no publishing', async () => {
    const admin = await createAdmin(app.testApp.dataSource);
    const { academy, pilots } = await academyWithPilots(app.testApp, admin, 2);
    const [consenting, refusing] = pilots;
    await setConsent(consenting, true);
    await setConsent(refusing, false);
    await app.testApp.app
      .get(CircularMeasuresService)
      .seedDefaults(app.testApp.dataSource.manager, academy.id);
    await setLocale(consenting, 'en');

    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/academies/${academy.slug}/pilot`);
    await page.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(page, consenting.contact.user.email);
    await page.getByRole('heading', { level: 3, name: 'Circular measures' }).waitFor();
    await page.getByText(/Your organisation consented to share its learnings/).waitFor();

    await chooseOption(page, /Status of Market dialogue/, 'Applied');
    await page
      .getByRole('textbox', { name: /Note on Market dialogue/ })
      .fill('Two supplier meetings held.');
    await page
      .getByTestId('measure')
      .filter({ hasText: 'Market dialogue' })
      .getByRole('button', { name: 'Save the measure' })
      .click();
    await page.getByText('Market dialogue was saved.').waitFor();
    await page.getByTestId('measure').filter({ hasText: 'Market dialogue · Applied' }).waitFor();

    await page
      .getByRole('textbox', { name: 'Metric', exact: true })
      .fill('Share of recycled aggregate');
    await page.getByRole('textbox', { name: 'Unit' }).fill('%');
    await page.getByRole('textbox', { name: 'Baseline' }).fill('10');
    await page.getByRole('textbox', { name: 'Target' }).fill('50');
    await page.getByRole('button', { name: 'Add the metric' }).click();
    await page.getByText('The metric was added.').waitFor();
    for (const [date, value] of [
      ['2027-03-31', '20'],
      ['2027-06-30', '30'],
    ]) {
      await page.getByRole('textbox', { name: /Date of the measurement/ }).fill(date);
      await page.getByRole('textbox', { name: 'Value (%)' }).fill(value);
      await page.getByRole('button', { name: 'Record the measurement' }).click();
      await page
        .getByText('The measurement of Share of recycled aggregate was recorded.')
        .waitFor();
    }
    await page.getByText('50% of the way to the target').waitFor();
    await page
      .getByRole('img', {
        name: /Share of recycled aggregate: latest 30 %, baseline 10, target 50/,
      })
      .waitFor();
    expect(await page.getByTestId('chart-point').count()).toBe(2);

    await page.getByRole('button', { name: 'Publish on the results page' }).click();
    await page.getByText('The pilot is now on the public results page.').waitFor();
    await page.getByText('Published on the public results page.').waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'pilot-metrics', 'en');

    // The public page, signed out.
    const visitor = await app.newPage('en');
    await visitor.goto(`${app.clientUrl}/academies/${academy.slug}/results`);
    await visitor
      .getByRole('heading', { level: 1, name: `Results: ${academy.title.en ?? academy.title.fi}` })
      .waitFor();
    const result = visitor.getByTestId('result');
    expect(await result.count()).toBe(1);
    await result.getByText(consenting.organisation.name).waitFor();
    await result.getByTestId('applied-measures').getByText('Market dialogue').waitFor();
    await result.getByText('50% of the way to the target').waitFor();
    expect(await visitor.getByText(refusing.organisation.name).count()).toBe(0);
    expect(await visitor.getByText('Two supplier meetings held.').count()).toBe(0);
    await expectNoSeriousA11yViolations(visitor);
    await screenshot(visitor, 'results', 'en');

    // The organisation that did not consent cannot publish: the API's message.
    await setLocale(refusing, 'en');
    const other = await app.newPage('en');
    await other.goto(`${app.clientUrl}/academies/${academy.slug}/pilot`);
    await other.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(other, refusing.contact.user.email);
    await other
      .getByText(/did not consent to share its learnings in its application: only/)
      .waitFor();
    await other.getByRole('button', { name: 'Publish on the results page' }).click();
    await other
      .getByRole('alert')
      .getByText(/did not consent to sharing its learnings/)
      .waitFor();

    const finnish = await app.newPage('fi');
    await finnish.goto(`${app.clientUrl}/academies/${academy.slug}/results`);
    await finnish
      .getByRole('heading', { level: 1, name: `Tulokset: ${academy.title.fi}` })
      .waitFor();
    await finnish.getByText('Markkinavuoropuhelu').waitFor();
    await expectNoSeriousA11yViolations(finnish);
    await screenshot(finnish, 'results', 'fi');

    await setLocale(consenting, 'fi');
    const finnishTeam = await app.newPage('fi');
    await finnishTeam.goto(`${app.clientUrl}/academies/${academy.slug}/pilot`);
    await finnishTeam.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(finnishTeam, consenting.contact.user.email);
    await finnishTeam
      .getByRole('heading', { level: 3, name: 'Kiertotaloustoimenpiteet' })
      .waitFor();
    await finnishTeam.getByText('Julkaistu julkisella tulossivulla.').waitFor();
    await expectNoSeriousA11yViolations(finnishTeam);
    await screenshot(finnishTeam, 'pilot-metrics', 'fi');
  });
});
