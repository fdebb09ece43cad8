// The reviewer's pages in a real browser: the assignment list, the application with its
// consultation notes beside the scoring form, a refusal in the reader's language, the
// submission, and the other reviewer's scores showing only after it; axe, screenshots fi + en.
import { Locale } from '../../src/common/i18n/locale.js';
import { graphqlOk } from '../helpers/graphql-ok.js';
import {
  assignReviewer,
  bookConsultation,
  createAcademy,
  createAdmin,
  createExpert,
  createSubmittedApplication,
  publishSlots,
  saveReview,
  submitReview,
  setReviewRubric,
  SPRING_2027,
} from '../factories/index.js';
import { chooseOption } from './application-form.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './browser-app.js';

describe('reviewing in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ now: new Date('2027-05-10T09:00:00Z') });
  });
  afterAll(() => app?.close());

  it('a reviewer reads the notes beside the form, scores, submits, and only then sees the other review', async () => {
    const testApp = app.testApp;
    const admin = await createAdmin(testApp.dataSource);
    const academy = await createAcademy(testApp.dataSource, {
      ...SPRING_2027,
      title: { fi: 'Kiertotalousakatemia', sv: null, en: 'Circular academy' },
    });
    const rubric = await setReviewRubric(testApp, admin, academy.id);
    const applicant = await createSubmittedApplication(testApp, {
      academy,
      organisation: { name: 'Arviokaupunki' },
    });
    const host = await createExpert(testApp.dataSource);
    const [slotId] = await publishSlots(testApp, host, academy.id, '2027-05-20');
    const bookingId = await bookConsultation(
      testApp,
      applicant.contact,
      slotId,
      applicant.applicationId,
    );
    await graphqlOk(
      testApp,
      `mutation ($input: RecordConsultationNotesInput!) { recordConsultationNotes(input: $input) { id } }`,
      { input: { bookingId, notes: 'Johto sitoutunut, pilotti syksyllä.' } },
      host.headers,
    );
    const reviewer = await createExpert(testApp.dataSource, {
      name: 'Reija Arvioija',
      locale: Locale.en,
    });
    const colleague = await createExpert(testApp.dataSource, {
      name: 'Kalle Kollega',
      locale: Locale.fi,
    });
    const drafting = await createExpert(testApp.dataSource, {
      name: 'Tuula Toinen',
      locale: Locale.fi,
    });
    await assignReviewer(testApp, admin, applicant.applicationId, reviewer);
    await assignReviewer(testApp, admin, applicant.applicationId, colleague);
    await assignReviewer(testApp, admin, applicant.applicationId, drafting);
    // The colleague has submitted; the third reviewer only has a draft.
    await submitReview(testApp, colleague, applicant.applicationId, rubric, [1, 2, 3], 'REJECT');
    await saveReview(testApp, drafting, applicant.applicationId, rubric, [5, 5, 5], 'ACCEPT');

    const page = await app.newPage('en');
    await app.signInAs(page, reviewer.user.email);
    await page.getByRole('link', { name: 'My reviews' }).click();
    await page.getByRole('heading', { level: 1, name: 'My reviews' }).waitFor();
    await page.getByTestId('review-assignment').waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'review-assignments', 'en');

    await page.getByRole('link', { name: 'Arviokaupunki' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review: Arviokaupunki' }).waitFor();
    expect(await page.getByTestId('consultation-notes').innerText()).toBe(
      'Johto sitoutunut, pilotti syksyllä.',
    );
    await page
      .getByText("Other reviewers' reviews show here once you have submitted yours.")
      .waitFor();
    expect(await page.getByTestId('other-review').count()).toBe(0);

    // Submitting without a recommendation: the API's refusal, in English.
    await chooseOption(page, /Groundwork/, '4');
    await chooseOption(page, /Commitment/, '3');
    await chooseOption(page, /Sharing/, 'Not applicable');
    await page.getByRole('button', { name: 'Submit review' }).click();
    await page
      .getByRole('alert')
      .getByText('The review is missing scores or a recommendation.')
      .waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'review', 'en');

    await chooseOption(page, /Recommendation/, 'Accept');
    await page.getByRole('button', { name: 'Submit review' }).click();
    await page.getByText('You have submitted this review; it can no longer be changed.').waitFor();
    await page.getByTestId('other-review').waitFor();
    // Only the submitted review of the others: the third reviewer's draft stays hers.
    expect(await page.getByTestId('other-review').count()).toBe(1);
    const other = await page.getByTestId('other-review').innerText();
    expect(other).toContain('Kalle Kollega');
    expect(other).toContain('weighted total 7');

    // The third reviewer, in Finnish, has not submitted: the others stay hidden from her.
    const finnish = await app.newPage('fi');
    await app.signInAs(finnish, drafting.user.email);
    await finnish.goto(`${app.testApp.url}/review/${applicant.applicationId}`);
    await finnish.getByRole('heading', { level: 1, name: 'Arviointi: Arviokaupunki' }).waitFor();
    await finnish
      .getByText('Muiden arvioijien arviot näkyvät täällä, kun olet lähettänyt omasi.')
      .waitFor();
    expect(await finnish.getByTestId('other-review').count()).toBe(0);
    await expectNoSeriousA11yViolations(finnish);
    await screenshot(finnish, 'review', 'fi');
    await finnish.goto(`${app.testApp.url}/review`);
    await finnish.getByRole('heading', { level: 1, name: 'Arvioitavat hakemukset' }).waitFor();
    await finnish.getByTestId('review-assignment').waitFor();
    await screenshot(finnish, 'review-assignments', 'fi');
  });
});
