// The programme manager's reviewers page in Chromium: a criterion's weight edited and saved,
// two experts assigned in bulk (1 per application) with the loads following, one assignment
// removed by hand by keyboard; RUBRIC_LOCKED in Finnish after a submitted review; axe,
// screenshots fi + en.
import type { Page } from 'playwright-core';
import { Locale } from '../../src/common/i18n/locale.js';
import { ReviewRecommendation } from '../../src/modules/selection/selection.enums.js';
import {
  createAcademy,
  createAdmin,
  createExpert,
  createSignedInUser,
  insertReview,
  insertRubric,
  insertSubmittedApplication,
  setReviewRubric,
} from '../factories/index.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './browser-app.js';

describe('the reviewers page in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  /** The loads table as `name: assigned/submitted` lines. */
  async function loads(page: Page): Promise<string[]> {
    const rows = page.getByTestId('reviewer-loads').locator('tbody tr');
    return (await rows.allInnerTexts()).map((text) => text.split('\t').join(' ').trim()).sort();
  }

  it('edits the rubric, assigns in bulk and unassigns by hand', async () => {
    const dataSource = app.testApp.dataSource;
    const admin = await createAdmin(dataSource, { locale: Locale.en });
    const academy = await createAcademy(dataSource);
    await setReviewRubric(app.testApp, admin, academy.id);
    const contact = await createSignedInUser(dataSource);
    await insertSubmittedApplication(dataSource, academy.id, contact, {
      organisation: { name: 'Aaltola' },
    });
    await insertSubmittedApplication(dataSource, academy.id, contact, {
      organisation: { name: 'Bjärnå' },
    });
    await createExpert(dataSource, { name: 'Aino Arvioija' });
    await createExpert(dataSource, { name: 'Bertil Bedömare' });

    const page = await app.newPage('en');
    await app.signInAs(page, admin.user.email);
    await page.goto(`${app.clientUrl}/admin/academies/${academy.id}/reviewers`);
    await page.getByRole('heading', { level: 1, name: `Reviewers: ${academy.title.en}` }).waitFor();
    const view = page.getByTestId('rubric-view');
    await view.getByRole('rowheader', { name: /Commitment/ }).waitFor();
    await page.getByText('No expert has been assigned yet.').waitFor();
    await expectNoSeriousA11yViolations(page);

    // The second criterion's weight, 1 → 1.5, saved by keyboard.
    const weight = page.getByLabel('Weight of criterion 2');
    await weight.fill('1.5');
    await page.locator('#rubric-save').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'The rubric was saved.' }).waitFor();
    await view.getByRole('row', { name: /Commitment 1\.5 0–5 no/ }).waitFor();

    // Both experts, one reviewer per application: one each, the loads follow.
    for (const expert of [/Aino Arvioija/, /Bertil Bedömare/]) {
      const checkbox = page.getByRole('checkbox', { name: expert });
      await checkbox.focus();
      await page.keyboard.press('Space');
      expect(await checkbox.isChecked()).toBe(true);
    }
    await page.getByLabel('Reviewers per application').fill('1');
    await page.getByRole('button', { name: 'Assign reviewers' }).click();
    const result = page.getByTestId('bulk-result');
    await result.getByText('New assignments: 2.').waitFor();
    await result.getByText('Every submitted application has enough reviewers.').waitFor();
    await page.getByTestId('reviewer-loads').waitFor();
    expect(await loads(page)).toEqual(['Aino Arvioija 1 0', 'Bertil Bedömare 1 0']);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'reviewers', 'en');

    // By hand, by keyboard: Aaltola's reviewer unassigned; their load drops to 0.
    const unassign = page.getByRole('button', { name: /^Unassign .+ from Aaltola$/ });
    const name = /^Unassign (.+) from Aaltola$/.exec(
      (await unassign.getAttribute('aria-label')) ?? '',
    )?.[1];
    if (!name) throw new Error('no reviewer on Aaltola');
    await unassign.focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `${name} was unassigned from Aaltola.` })
      .waitFor();
    await page
      .getByRole('row', { name: /^Aaltola/ })
      .getByText('No reviewers')
      .waitFor();
    // reviewerLoads lists the experts with an assignment: the unassigned one leaves it.
    await page
      .getByTestId('reviewer-loads')
      .getByRole('row', { name: new RegExp(`^${name}`) })
      .waitFor({ state: 'detached' });
    const other = name === 'Aino Arvioija' ? 'Bertil Bedömare' : 'Aino Arvioija';
    expect(await loads(page)).toEqual([`${other} 1 0`]);

    // And by hand again: the same expert chosen for Aaltola and assigned.
    const aaltola = page.getByRole('row', { name: /^Aaltola/ });
    await aaltola.getByRole('button', { name: /Expert for Aaltola/ }).click();
    await page.getByRole('option', { name }).click();
    await aaltola.getByRole('button', { name: 'Assign the chosen expert to Aaltola' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${name} was assigned to Aaltola.` })
      .waitFor();
    await page
      .getByTestId('reviewer-loads')
      .getByRole('row', { name: `${name} 1 0` })
      .waitFor();
    await expectNoSeriousA11yViolations(page);
  });

  it('shows RUBRIC_LOCKED in Finnish once a review is submitted', async () => {
    const dataSource = app.testApp.dataSource;
    const admin = await createAdmin(dataSource, { locale: Locale.fi });
    const academy = await createAcademy(dataSource);
    const criteria = await insertRubric(dataSource, academy.id, [2, 1]);
    const contact = await createSignedInUser(dataSource);
    const { applicationId } = await insertSubmittedApplication(dataSource, academy.id, contact, {
      organisation: { name: 'Dalsby' },
    });
    const reviewer = await createExpert(dataSource, { name: 'Cecilia Critic' });
    await insertReview(dataSource, {
      academyId: academy.id,
      applicationId,
      reviewer: reviewer.user,
      criteria,
      scores: [4, 3],
      recommendation: ReviewRecommendation.ACCEPT,
    });

    const page = await app.newPage('fi');
    await app.signInAs(page, admin.user.email);
    await page.goto(`${app.clientUrl}/admin/academies/${academy.id}/reviewers`);
    await page.getByRole('heading', { level: 1, name: `Arvioijat: ${academy.title.fi}` }).waitFor();
    await page.getByText('Arvioita on jo lähetetty').waitFor();
    // The API's field error goes next to its input (validation comes before the lock).
    const weight = page.getByLabel('Kriteerin 1 painoarvo');
    await weight.fill('0');
    await page.getByRole('button', { name: 'Tallenna arviointikehys' }).click();
    await page.locator('#rubric-0-weight[aria-invalid="true"]').waitFor();
    await weight.fill('3');
    await page.getByRole('button', { name: 'Tallenna arviointikehys' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Arviointikehystä ei voi enää muuttaa' })
      .waitFor();
    expect(await loads(page)).toEqual(['Cecilia Critic 1 1']);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'reviewers', 'fi');
  });
});
