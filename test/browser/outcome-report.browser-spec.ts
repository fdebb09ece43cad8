// The outcome report in a real browser: an alumni organisation's responsible person opens the
// prefilled report, is refused (a value with too many decimals, lessons missing) with the
// message under the field and nothing typed lost, saves a draft and submits with permission to
// publish; experts see the reports side by side and the admin sets the deadline; the public
// results page shows the consented report. axe on each state, screenshots fi and en.
import { Locale } from '../../src/common/i18n/locale.js';
import { CircularMeasuresService } from '../../src/modules/follow-up/measures/circular-measures.service.js';
import {
  academyWithPilots,
  createAdmin,
  createSignedInUser,
  type CohortPilot,
} from '../factories/index.js';
import { graphqlOk } from '../helpers/graphql-ok.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './browser-app.js';

const NOW = new Date('2028-02-01T09:00:00Z');
const SET_MEASURE = `mutation ($input: SetTrackedActionMeasureInput!) { setTrackedActionMeasure(input: $input) { id } }`;
const ADD_METRIC = `mutation ($input: AddMetricInput!) { addMetric(input: $input) { metrics { id } } }`;
const RECORD = `mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }`;
const CATALOGUE = `query ($academyId: ID!) { circularMeasures(academyId: $academyId) { id key } }`;

describe('the outcome report pages in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ now: NOW });
  });
  afterAll(() => app?.close());

  const setConsent = (pilot: CohortPilot) =>
    app.testApp.dataSource.query(
      `UPDATE applications SET answers = jsonb_set(answers, '{consents}', $2::jsonb) WHERE id = $1`,
      [pilot.applicationId, JSON.stringify({ shareLearnings: true, attendEvents: true })],
    );

  it('prefills, refuses with field messages, saves, submits; experts compare; the public page shows it', async () => {
    const admin = await createAdmin(app.testApp.dataSource);
    const { academy, pilots } = await academyWithPilots(app.testApp, admin, 2);
    const [a, b] = pilots;
    await setConsent(a);
    await app.testApp.dataSource.query(`UPDATE academies SET status = 'ALUMNI' WHERE id = $1`, [
      academy.id,
    ]);
    await app.testApp.app
      .get(CircularMeasuresService)
      .seedDefaults(app.testApp.dataSource.manager, academy.id);
    const { circularMeasures } = await graphqlOk<{
      circularMeasures: Array<{ id: string; key: string }>;
    }>(app.testApp, CATALOGUE, { academyId: academy.id }, admin.headers);
    for (const pilot of pilots) {
      await graphqlOk(
        app.testApp,
        SET_MEASURE,
        {
          input: {
            trackedActionId: pilot.pilotId,
            measureId: circularMeasures.find((m) => m.key === 'MARKET_DIALOGUE')!.id,
            status: 'APPLIED',
          },
        },
        pilot.contact.headers,
      );
      const { addMetric } = await graphqlOk<{ addMetric: { metrics: Array<{ id: string }> } }>(
        app.testApp,
        ADD_METRIC,
        {
          input: {
            trackedActionId: pilot.pilotId,
            name: 'Share of recycled aggregate',
            unit: '%',
            baseline: '10',
            target: '50',
          },
        },
        pilot.contact.headers,
      );
      await graphqlOk(
        app.testApp,
        RECORD,
        {
          input: {
            trackedActionId: pilot.pilotId,
            metricId: addMetric.metrics[0].id,
            measuredOn: '2028-01-15',
            value: '35',
          },
        },
        pilot.contact.headers,
      );
    }
    const responsible = await createSignedInUser(app.testApp.dataSource, {
      email: a.team.responsible,
      locale: Locale.en,
    });

    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/academies/${academy.slug}/outcome-report`);
    await page.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(page, responsible.user.email);
    await page.getByText(/prefilled from your pilot's follow-up data/).waitFor();
    const value = page.getByRole('textbox', { name: /Final value: Share of recycled aggregate/ });
    expect(await value.inputValue()).toBe('35');
    expect(await page.getByRole('checkbox', { name: 'Market dialogue' }).isChecked()).toBe(true);

    // Too many decimals: the message under the value, everything typed kept.
    await page.getByRole('textbox', { name: 'What was procured' }).fill('School renovation');
    await value.fill('52.123456');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.getByText('Check the fields marked below.').waitFor();
    expect(await value.inputValue()).toBe('52.123456');
    expect(await page.getByRole('textbox', { name: 'What was procured' }).inputValue()).toBe(
      'School renovation',
    );

    // Lessons missing on submit: the API's message under the lessons field.
    await value.fill('52.5');
    await page.getByRole('button', { name: 'Save the draft' }).click();
    await page.getByText('The draft was saved.').waitFor();
    await page.getByRole('button', { name: 'Submit the report' }).click();
    await page
      .getByText('Fill in what was procured and the lessons learned before submitting.')
      .waitFor();
    await expectNoSeriousA11yViolations(page);
    await page
      .getByRole('textbox', { name: /Lessons learned/ })
      .fill('Start the market dialogue early.');
    await page.getByRole('checkbox', { name: /We allow publishing/ }).check({ force: true });
    await screenshot(page, 'outcome-report', 'en');
    await page.getByRole('button', { name: 'Submit the report' }).click();
    await page.getByText('Submitted', { exact: true }).waitFor();
    await page.getByText('Start the market dialogue early.').waitFor();
    await page.getByText(/52.5 % \(target 50, baseline 10\) — target met/).waitFor();
    await expectNoSeriousA11yViolations(page);

    // The other organisation's responsible person, in Finnish: the prefilled form.
    const finnishPerson = await createSignedInUser(app.testApp.dataSource, {
      email: b.team.responsible,
      locale: Locale.fi,
    });
    const finnish = await app.newPage('fi');
    await finnish.goto(`${app.clientUrl}/academies/${academy.slug}/outcome-report`);
    await finnish.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(finnish, finnishPerson.user.email);
    await finnish.getByText(/esitäytetty pilottinne seurantatiedot/).waitFor();
    await expectNoSeriousA11yViolations(finnish);
    await screenshot(finnish, 'outcome-report', 'fi');

    // Experts and admins: side by side; the admin sets the deadline.
    const staff = await app.newPage('en');
    await staff.goto(`${app.clientUrl}/admin/academies/${academy.id}/outcome-reports`);
    await staff.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(staff, admin.user.email);
    const table = staff.getByTestId('outcome-reports');
    await table.getByRole('columnheader', { name: new RegExp(a.organisation.name) }).waitFor();
    await table.getByRole('columnheader', { name: new RegExp(b.organisation.name) }).waitFor();
    await table.getByText('Start the market dialogue early.').waitFor();
    await table.getByText('Not started').waitFor();
    await staff
      .getByRole('textbox', { name: 'Deadline for the outcome reports' })
      .fill('2028-02-30');
    await staff.getByRole('button', { name: 'Save the deadline' }).click();
    await staff
      .getByText(/does not exist|not a real date|date/i)
      .first()
      .waitFor();
    await staff
      .getByRole('textbox', { name: 'Deadline for the outcome reports' })
      .fill('2028-03-31');
    await staff.getByRole('button', { name: 'Save the deadline' }).click();
    await staff.getByText('Deadline: 31.3.2028').waitFor();
    await expectNoSeriousA11yViolations(staff);
    await screenshot(staff, 'outcome-reports', 'en');

    const finnishStaff = await app.newPage('fi');
    await finnishStaff.goto(`${app.clientUrl}/admin/academies/${academy.id}/outcome-reports`);
    await finnishStaff.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(finnishStaff, admin.user.email);
    await finnishStaff.getByTestId('outcome-reports').waitFor();
    await expectNoSeriousA11yViolations(finnishStaff);
    await screenshot(finnishStaff, 'outcome-reports', 'fi');

    // The public results, signed out: the consented report with its permission.
    const visitor = await app.newPage('en');
    await visitor.goto(`${app.clientUrl}/academies/${academy.slug}/results`);
    const report = visitor.getByTestId('public-outcome-report');
    await report.getByText('Start the market dialogue early.').waitFor();
    expect(await visitor.getByTestId('result').count()).toBe(1);
    expect(await visitor.getByText(b.organisation.name).count()).toBe(0);
    await expectNoSeriousA11yViolations(visitor);
  });
});
