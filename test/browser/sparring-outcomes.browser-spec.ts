// Sparring outcomes in a real browser: after the session the expert writes the summary and
// adds an agreed action (an impossible due date refused at the field first) on
// /expert/bookings/:bookingId; the organisation's member then sees the action with its owner
// and due date on /academies/:slug/agreed-actions, in English and in Finnish. axe on each
// state, screenshots fi and en.
import type { Page } from 'playwright-core';
import { Locale } from '../../src/common/i18n/locale.js';
import { CohortParticipantRole } from '../../src/modules/cohort/cohort.enums.js';
import { createAcademy, SPRING_2027 } from '../factories/academies.js';
import { createDraftApplication } from '../factories/applications.js';
import { addCohortMember, addCohortParticipant } from '../factories/cohort.js';
import { bookConsultation, publishSlots } from '../factories/consultations.js';
import { addMember } from '../factories/organisations.js';
import { createExpert, createSignedInUser } from '../factories/users.js';
import { chooseOption } from './application-form.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './browser-app.js';

const BEFORE = new Date('2027-05-01T09:00:00Z');
const AFTER = new Date('2027-05-20T12:00:00+03:00');

describe('sparring outcome pages in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ now: BEFORE });
  });
  afterAll(() => app?.close());

  const h1 = (page: Page, name: string | RegExp) =>
    page.getByRole('heading', { level: 1, name }).waitFor();

  it('the expert records the summary and an action; the team sees them in en and fi', async () => {
    const dataSource = app.testApp.dataSource;
    const academy = await createAcademy(dataSource, { ...SPRING_2027 });
    const expert = await createExpert(dataSource, { name: 'Eero Asiantuntija', locale: Locale.en });
    const applicant = await createDraftApplication(app.testApp, {
      academy,
      organisation: { name: 'Esimerkkilän kaupunki' },
    });
    const [slotId] = await publishSlots(app.testApp, expert, academy.id, '2027-05-20');
    const bookingId = await bookConsultation(
      app.testApp,
      applicant.contact,
      slotId,
      applicant.applicationId,
    );
    const { organisation, contact } = applicant;
    await addCohortMember(dataSource, academy, organisation);
    await addCohortParticipant(dataSource, academy, organisation, {
      name: 'Kaisa Kontakti',
      email: contact.user.email,
      role: CohortParticipantRole.RESPONSIBLE,
      userId: contact.user.id,
    });
    await addCohortParticipant(dataSource, academy, organisation, {
      name: 'Tiina Tiimi',
      email: 'tiina.tiimi@example.fi',
    });
    app.testApp.clock.set(AFTER);

    // The expert's page.
    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/sign-in?next=/expert/bookings/${bookingId}`);
    await app.signInAs(page, expert.user.email);
    await h1(page, 'Sparring session: Esimerkkilän kaupunki');
    await page
      .getByRole('textbox', { name: /Summary for the organisation's team/ })
      .fill('We went through the procurement criteria and the market dialogue.');
    await page.getByRole('button', { name: 'Save the summary' }).click();
    await page.getByText('The summary was saved.').waitFor();

    await page.getByRole('textbox', { name: 'Action' }).fill('Send the market dialogue invitation');
    await chooseOption(page, /Owner from the team/, 'Tiina Tiimi');
    await page.getByRole('textbox', { name: /Due date/ }).fill('2027-02-30');
    await page.getByRole('button', { name: 'Add the action' }).click();
    await page.getByText('No such date (format YYYY-MM-DD).').waitFor();
    await page.getByRole('textbox', { name: /Due date/ }).fill('2027-06-15');
    await page.getByRole('button', { name: 'Add the action' }).click();
    await page.getByText('The action “Send the market dialogue invitation” was added.').waitFor();
    await page.getByTestId('agreed-actions').getByText('Tiina Tiimi · due 15 Jun 2027').waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'expert-booking', 'en');

    // The expert changes the due date.
    await page
      .getByRole('button', { name: 'Change “Send the market dialogue invitation”' })
      .click();
    const editor = page.locator('form').filter({ hasText: 'Change the action' });
    await editor.getByRole('textbox', { name: /Due date/ }).fill('2027-06-30');
    await editor.getByRole('button', { name: 'Save the change' }).click();
    await page.getByTestId('agreed-actions').getByText('Tiina Tiimi · due 30 Jun 2027').waitFor();

    // The organisation's contact (a member, on the team) sees the action.
    const team = await app.newPage('en');
    await team.goto(`${app.clientUrl}/academies/${academy.slug}/agreed-actions`);
    await team.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(team, contact.user.email);
    await h1(team, `Agreed actions: ${academy.title.en}`);
    await team.getByText('Send the market dialogue invitation').waitFor();
    await team.getByText('Tiina Tiimi · due 30 Jun 2027').waitFor();
    await team.getByText(/Agreed in the session on 20 May 2027/).waitFor();
    await expectNoSeriousA11yViolations(team);
    await screenshot(team, 'agreed-actions', 'en');

    // A Finnish-speaking member reads the same in Finnish.
    const member = await createSignedInUser(dataSource, { locale: Locale.fi });
    await addMember(dataSource, organisation, member.user);
    const finnish = await app.newPage('fi');
    await finnish.goto(`${app.clientUrl}/academies/${academy.slug}/agreed-actions`);
    await finnish.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(finnish, member.user.email);
    await h1(finnish, `Sovitut toimenpiteet: ${academy.title.fi}`);
    await finnish.getByText('Tiina Tiimi · määräaika 30.6.2027').waitFor();
    await expectNoSeriousA11yViolations(finnish);
    await screenshot(finnish, 'agreed-actions', 'fi');

    // The expert's page in Finnish (the client follows the person's saved language).
    await dataSource.query('UPDATE users SET locale = $1 WHERE id = $2', [
      Locale.fi,
      expert.user.id,
    ]);
    const expertFi = await app.newPage('fi');
    await expertFi.goto(`${app.clientUrl}/sign-in?next=/expert/bookings/${bookingId}`);
    await app.signInAs(expertFi, expert.user.email);
    await h1(expertFi, 'Sparraus: Esimerkkilän kaupunki');
    await expertFi
      .getByTestId('agreed-actions')
      .getByText('Tiina Tiimi · määräaika 30.6.2027')
      .waitFor();
    await expectNoSeriousA11yViolations(expertFi);
    await screenshot(expertFi, 'expert-booking', 'fi');

    // A member of the organisation is not staff: the expert page is not for them.
    await finnish.goto(`${app.clientUrl}/expert/bookings/${bookingId}`);
    await h1(finnish, 'Sparraus');
    expect(await finnish.getByRole('button', { name: 'Tallenna yhteenveto' }).count()).toBe(0);
  });
});
