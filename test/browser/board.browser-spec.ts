// The selection board in Chromium: the ranking (mean, then median chosen by keyboard), flags,
// staged decisions linking to the decisions page, the balance and the CSV download.
import { readFile } from 'node:fs/promises';
import { Locale } from '../../src/common/i18n/locale.js';
import {
  ReviewRecommendation,
  SelectionOutcome,
} from '../../src/modules/selection/selection.enums.js';
import {
  COMPLETE_ANSWERS,
  NOT_ELIGIBLE_ANSWERS,
  STANDARD_CRITERIA,
  createAcademy,
  createAdmin,
  createExpert,
  createSignedInUser,
  insertDecision,
  insertReview,
  insertRubric,
  insertSubmittedApplication,
  setEligibilityCriteria,
} from '../factories/index.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  tabTo,
  type BrowserApp,
} from './browser-app.js';

describe('the selection board in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  /** Two reviewed applications whose order flips between mean and median, and a third unreviewed. */
  async function boardAcademy() {
    const dataSource = app.testApp.dataSource;
    const admin = await createAdmin(dataSource);
    const academy = await createAcademy(dataSource);
    await setEligibilityCriteria(app.testApp, admin, academy.id, STANDARD_CRITERIA);
    const criteria = await insertRubric(dataSource, academy.id, [2, 1]);
    const contact = await createSignedInUser(dataSource);
    const reviewers = [
      await createExpert(dataSource, { name: 'Aino Arvioija' }),
      await createExpert(dataSource, { name: 'Bertil Bedömare' }),
      await createExpert(dataSource, { name: 'Cecilia Critic' }),
    ];
    const apply = (name: string, answers = COMPLETE_ANSWERS) =>
      insertSubmittedApplication(dataSource, academy.id, contact, {
        answers,
        organisation: { name },
      });
    const a = await apply('Aaltola');
    const b = await apply('Bjärnå');
    await apply('Dalsby', NOT_ELIGIBLE_ANSWERS);
    // Aaltola: 15, 10, 3 (mean 9.33, median 10); Bjärnå: 9, 9, 11 (mean 9.67, median 9).
    const scores: Array<[string, Array<[number, number]>]> = [
      [
        a.applicationId,
        [
          [5, 5],
          [4, 2],
          [1, 1],
        ],
      ],
      [
        b.applicationId,
        [
          [3, 3],
          [3, 3],
          [4, 3],
        ],
      ],
    ];
    for (const [applicationId, perReviewer] of scores) {
      for (const [index, pair] of perReviewer.entries()) {
        await insertReview(dataSource, {
          academyId: academy.id,
          applicationId,
          reviewer: reviewers[index].user,
          criteria,
          scores: pair,
          recommendation: ReviewRecommendation.ACCEPT,
        });
      }
    }
    await insertDecision(dataSource, {
      academyId: academy.id,
      applicationId: a.applicationId,
      outcome: SelectionOutcome.ACCEPTED,
      stagedBy: admin.user,
    });
    await insertDecision(dataSource, {
      academyId: academy.id,
      applicationId: b.applicationId,
      outcome: SelectionOutcome.RESERVE,
      reserveRank: 1,
      stagedBy: admin.user,
    });
    return { academy, a };
  }

  it('ranks, flags and balances; the median is chosen by keyboard; the CSV downloads', async () => {
    const { academy, a } = await boardAcademy();
    const admin = await createAdmin(app.testApp.dataSource, { locale: Locale.en });
    const page = await app.newPage('en');
    await app.signInAs(page, admin.user.email);
    await page.goto(`${app.clientUrl}/admin/academies/${academy.id}/selection`);
    await page
      .getByRole('heading', { level: 1, name: `Selection board: ${academy.title.en}` })
      .waitFor();
    const rows = page.getByTestId('board-row');
    await rows.first().waitFor();
    const names = async () =>
      (await rows.allInnerTexts()).map((text) => /Aaltola|Bjärnå|Dalsby/.exec(text)?.[0]);
    expect(await names()).toEqual(['Bjärnå', 'Aaltola', 'Dalsby']);
    const dalsby = rows.filter({ hasText: 'Dalsby' });
    await dalsby.getByText('Not eligible').waitFor();
    await dalsby.getByText('No consultation').waitFor();
    await rows.filter({ hasText: 'Bjärnå' }).getByText('Reserve 1').waitFor();
    await page.getByTestId('board-balance').filter({ hasText: 'Accepted 1 of 7 places' }).waitFor();
    const link = page.getByRole('link', { name: 'Aaltola' });
    expect(await link.getAttribute('href')).toBe(
      `/admin/academies/${academy.id}/decisions#${a.applicationId}`,
    );
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'selection-board', 'en');

    // By keyboard: tab to the ranking menu, open it, move to "Median", choose it.
    await tabTo(page, (focused) => focused.id.startsWith('board-rank-by'));
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'Median of the totals' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const first = document.querySelector('[data-testid="board-row"]');
      return first?.textContent?.includes('Aaltola') ?? false;
    });
    expect(await names()).toEqual(['Aaltola', 'Bjärnå', 'Dalsby']);
    await expectNoSeriousA11yViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download the board as CSV \(;/ }).click(),
    ]);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const [header, first] = csv.trim().split('\r\n');
    expect(header.startsWith('"rank";"organisation"')).toBe(true);
    expect(first.startsWith('"1";"Aaltola"')).toBe(true);
  });

  it('reads in Finnish', async () => {
    const { academy } = await boardAcademy();
    const admin = await createAdmin(app.testApp.dataSource, { locale: Locale.fi });
    const page = await app.newPage('fi');
    await app.signInAs(page, admin.user.email);
    await page.goto(`${app.clientUrl}/admin/academies/${academy.id}/selection`);
    await page
      .getByRole('heading', { level: 1, name: `Valintataulu: ${academy.title.fi}` })
      .waitFor();
    await page.getByTestId('board-row').first().waitFor();
    await page.getByRole('cell', { name: 'Varalla 1' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'selection-board', 'fi');
  });
});
