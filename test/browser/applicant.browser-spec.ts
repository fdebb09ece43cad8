// The applicant journey in a real browser: sign in through the mail's link, register an
// organisation (the business ID checked as typed), invite a member, fill every section of the
// application (saved as typed, eligibility live), submit by keyboard; a version conflict
// between two pages loses nothing; a passed deadline shows the API's message in Swedish.
import type { Page } from 'playwright-core';
import type { AcademyEntity } from '../../src/modules/academies/entities/academy.entity.js';
import { Locale } from '../../src/common/i18n/locale.js';
import {
  COMPLETE_ANSWERS,
  createAcademy,
  createAdmin,
  createDraftApplication,
  createOrganisation,
  createSignedInUser,
  nextBusinessId,
  setEligibilityCriteria,
  type SignedInUser,
} from '../factories/index.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  tabTo,
  type BrowserApp,
} from './browser-app.js';
import { APPLICATION_CRITERIA, chooseOption, fillApplicationForm } from './application-form.js';

// The server's clock is 4.5.2026 (startTestApp's default): this academy is open until
// 31.5.2027, the late one closed on 1.5.2026.
const OPEN_WINDOW = {
  applicationOpensAt: new Date('2026-04-01T00:00:00+03:00'),
  applicationDeadline: new Date('2027-05-31T23:59:59.999+03:00'),
  consultationBookingDeadline: new Date('2027-05-31T23:59:59.999+03:00'),
  selectionAnnouncementAt: new Date('2027-06-18T12:00:00+03:00'),
};

// suomifi draws its own boxes over checkbox and radio inputs: `check({ force: true })` clicks
// through to the label, as a person does.
describe('applicant journey in Chromium', () => {
  let app: BrowserApp;
  let admin: SignedInUser;
  let academy: AcademyEntity;
  let teamCriterionId: string;

  beforeAll(async () => {
    // Two new invitations a day per inviter: the third shows RATE_LIMITED.
    app = await startBrowserApp({ env: { RATE_LIMIT_INVITATIONS_PER_INVITER: '2' } });
    admin = await createAdmin(app.testApp.dataSource);
    academy = await createAcademy(app.testApp.dataSource, {
      ...OPEN_WINDOW,
      title: { fi: 'Kiertotalousakatemia', sv: null, en: 'Circular economy academy' },
    });
    const ids = await setEligibilityCriteria(app.testApp, admin, academy.id, APPLICATION_CRITERIA);
    teamCriterionId = ids[1];
  });
  afterAll(() => app?.close());

  const applicationUrl = () => `${app.clientUrl}/academies/${academy.slug}/application`;
  const saved = (page: Page) =>
    page
      .getByTestId('save-status')
      .filter({ hasText: /saved at|tallennettu klo/ })
      .waitFor();
  const teamOutcome = (page: Page) =>
    page.locator(`[data-criterion="${teamCriterionId}"] .outcome-badge`).innerText();

  it('in English: sign in from the application link, register an organisation, invite, fill every section, submit by keyboard', async () => {
    const takenBusinessId = (
      await createOrganisation(
        app.testApp.dataSource,
        (await createSignedInUser(app.testApp.dataSource)).user,
      )
    ).businessId!;
    const page = await app.newPage('en');
    // Signed out, the mail's link sends the person to sign in and back.
    await page.goto(applicationUrl());
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await app.signInAs(page, 'hanna.hakija@example.fi');
    await page.waitForURL(applicationUrl());
    await page.getByText('To apply, you need an organisation.').waitFor();
    await expectNoSeriousA11yViolations(page);

    // Register: a wrong check digit is caught as typed, next to the field.
    await page.getByRole('link', { name: 'Register an organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register an organisation' }).waitFor();
    await page.getByRole('textbox', { name: 'Name of the organisation' }).fill('Hakijakunta');
    const businessId = page.getByRole('textbox', { name: 'Business ID (Y-tunnus)' });
    await businessId.fill('0201256-7');
    await page.getByText('The check digit does not match. Check the business ID.').waitFor();
    expect(await businessId.getAttribute('aria-describedby')).toBeTruthy();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'organisation-new', 'en');
    // A valid ID someone already registered: the API's message, next to the field.
    await businessId.fill(takenBusinessId);
    expect(await page.getByText('The check digit does not match').count()).toBe(0);
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByText('This business ID cannot be registered.', { exact: false }).waitFor();
    // Linked to the field (aria-describedby names its status text and its hint).
    const describedBy = (await businessId.getAttribute('aria-describedby'))!.split(' ');
    const descriptions = await Promise.all(
      describedBy.map((id) => page.locator(`[id="${id}"]`).innerText()),
    );
    expect(descriptions.join(' ')).toContain('This business ID cannot be registered');
    await businessId.fill(nextBusinessId());
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Hakijakunta' }).waitFor();

    // Invite a colleague; inviting again says so instead of mailing twice.
    const inviteField = page.getByRole('textbox', { name: 'E-mail address' });
    await inviteField.fill('kollega@example.fi');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Invitation sent to kollega@example.fi.').waitFor();
    await page.getByTestId('invitations').getByText('kollega@example.fi').waitFor();
    await inviteField.fill('kollega@example.fi');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(/kollega@example.fi was already invited on/).waitFor();
    await inviteField.fill('toinen@example.fi');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Invitation sent to toinen@example.fi.').waitFor();
    await inviteField.fill('kolmas@example.fi');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page
      .getByRole('alert')
      .getByText(/Too many invitations for now/)
      .waitFor();
    expect(await page.getByTestId('invitations').innerText()).not.toContain('kolmas@example.fi');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'organisation', 'en');

    await page.getByRole('link', { name: 'My organisations' }).first().click();
    await page.getByRole('link', { name: 'Hakijakunta' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'organisations', 'en');

    // The application: every section.
    await page.goto(applicationUrl());
    await page
      .getByRole('heading', { level: 1, name: 'Application: Circular economy academy' })
      .waitFor();
    await page.getByText('Applying organisation: Hakijakunta').waitFor();
    await fillApplicationForm(page, {
      approvedOn: '2.5.2026',
      otherGroundwork: 'Hankintastrategia',
      expertRoles: ['Procurement', 'Environment'],
    });
    await saved(page);
    // Two experts: the team criterion is not met, with the API's explanation.
    await page.waitForFunction(
      (id) => document.querySelector(`[data-criterion="${id}"]`)?.textContent?.includes('more'),
      teamCriterionId,
    );
    expect(await teamOutcome(page)).toBe('Not met');

    // A third expert: the criterion turns MET as soon as the draft is saved.
    await page.getByRole('button', { name: 'Add an expert' }).click();
    const third = page.getByRole('group', { name: 'Expert 3' });
    await third.getByRole('textbox', { name: 'Name' }).fill('Asiantuntija 3');
    await third.getByRole('textbox', { name: 'E-mail address' }).fill('a3@kunta.fi');
    await chooseOption(page, /Role in the team$/, 'Sector expert', 2);
    await page.waitForFunction(
      (id) =>
        document.querySelector(`[data-criterion="${id}"] .outcome-badge`)?.textContent === 'Met',
      teamCriterionId,
    );
    await saved(page);

    // After a reload everything typed is there.
    await page.reload();
    await page.getByText('Applying organisation: Hakijakunta').waitFor();
    expect(await page.getByRole('textbox', { name: 'Planned start' }).inputValue()).toBe(
      '1.10.2027',
    );
    expect(
      await page
        .getByRole('group', { name: 'Expert 3' })
        .getByRole('textbox', { name: 'Name' })
        .inputValue(),
    ).toBe('Asiantuntija 3');
    expect(await page.getByRole('checkbox', { name: 'KEINO academy' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
    expect(await page.getByTestId('deadline').innerText()).toContain('2027');
    await page.getByTestId('countdown').waitFor();
    expect(await page.getByTestId('checklist-submitted').innerText()).toContain('not yet');
    await expectNoSeriousA11yViolations(page);

    // Submit by keyboard alone.
    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo(
      page,
      (focused) => focused.tag === 'button' && focused.text === 'Submit the application',
      200,
    );
    await page.keyboard.press('Enter');
    await page.getByTestId('submitted-notice').waitFor();
    expect(await page.getByTestId('application-status').innerText()).toBe('Submitted');
    expect(await page.getByTestId('checklist-submitted').innerText()).toContain('done');
    const consultation = page.getByRole('link', { name: 'Book a consultation' });
    expect(await consultation.getAttribute('href')).toBe(`/academies/${academy.slug}/consultation`);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'application', 'en');

    await page.getByRole('link', { name: 'My applications' }).click();
    const mine = page.getByTestId('my-application');
    await mine.getByText('Hakijakunta · Submitted').waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'applications', 'en');
    await mine.getByRole('link', { name: 'Circular economy academy' }).click();
    await page.getByText('Applying organisation: Hakijakunta').waitFor();
  });

  it('shows a version conflict between two pages and keeps both people’s text', async () => {
    const contact = await createSignedInUser(app.testApp.dataSource, { locale: Locale.en });
    await createDraftApplication(app.testApp, {
      academy,
      contact,
      answers: { pilotProcurement: { title: 'Alku' } },
    });
    const first = await app.newPage('en');
    await app.signInAs(first, contact.user.email);
    const second = await first.context().newPage();
    for (const page of [first, second]) {
      await page.goto(applicationUrl());
      await page.getByText(/^Applying organisation/).waitFor();
    }
    const title = (page: Page) =>
      page.getByRole('textbox', { name: 'Title of the pilot procurement' });
    const description = (page: Page) =>
      page.getByRole('textbox', { name: 'Describe the organisation briefly' });

    await title(first).fill('Ensimmäisen sivun otsikko');
    await saved(first);
    // The second page still edits the version it loaded: the API refuses it with CONFLICT.
    await description(second).fill('Toisen sivun kuvaus');
    const conflict = second.getByTestId('conflict');
    await conflict.waitFor();
    await conflict.getByText('Someone else saved this application meanwhile').waitFor();
    await conflict.getByRole('rowheader', { name: 'Title of the pilot procurement' }).waitFor();
    expect(await description(second).inputValue()).toBe('Toisen sivun kuvaus');
    await expectNoSeriousA11yViolations(second);

    await conflict.getByRole('button', { name: 'Keep my changes' }).click();
    await saved(second);
    expect(await title(second).inputValue()).toBe('Ensimmäisen sivun otsikko');
    await first.reload();
    expect(await description(first).inputValue()).toBe('Toisen sivun kuvaus');
    expect(await title(first).inputValue()).toBe('Ensimmäisen sivun otsikko');

    // Withdraw, after a confirmation: the form turns read-only.
    await first.getByRole('button', { name: 'Withdraw the application' }).click();
    await first.getByRole('button', { name: 'Yes, withdraw' }).click();
    await first.getByText('This application has been withdrawn.').waitFor();
    expect(await first.getByTestId('application-status').innerText()).toBe('Withdrawn');
    expect(await title(first).isDisabled()).toBe(true);
  });

  it('in Swedish: a passed deadline shows the API’s message', async () => {
    const late = await createAcademy(app.testApp.dataSource, {
      ...OPEN_WINDOW,
      applicationDeadline: new Date('2026-05-01T23:59:59.999+03:00'),
    });
    await setEligibilityCriteria(app.testApp, admin, late.id);
    const contact = await createSignedInUser(app.testApp.dataSource, { locale: Locale.sv });
    await createDraftApplication(app.testApp, {
      academy: late,
      contact,
      answers: COMPLETE_ANSWERS,
    });
    const page = await app.newPage('sv');
    await app.signInAs(page, contact.user.email);
    await page.goto(`${app.clientUrl}/academies/${late.slug}/application`);
    await page.getByTestId('countdown').getByText('Ansökningstiden har gått ut.').waitFor();
    await page.getByRole('button', { name: 'Lämna in ansökan' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Ansökningstiden gick ut' });
    await alert.waitFor();
    await expectNoSeriousA11yViolations(page);
  });

  it('in Finnish: each applicant page, clean and in Finnish', async () => {
    const contact = await createSignedInUser(app.testApp.dataSource, { locale: Locale.fi });
    const organisation = await createOrganisation(app.testApp.dataSource, contact.user, {
      name: 'Esimerkkikunta',
    });
    await createDraftApplication(app.testApp, {
      academy,
      contact,
      organisation: { name: 'Toinen kunta' },
      answers: COMPLETE_ANSWERS,
    });
    const page = await app.newPage('fi');
    await app.signInAs(page, contact.user.email);

    const pages: Array<[string, string, string]> = [
      ['/organisations', 'Organisaationi', 'organisations'],
      ['/organisations/new', 'Rekisteröi organisaatio', 'organisation-new'],
      [`/organisations/${organisation.id}`, 'Esimerkkikunta', 'organisation'],
      ['/applications', 'Hakemukseni', 'applications'],
    ];
    for (const [path, heading, name] of pages) {
      await page.goto(`${app.clientUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('fi');
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, name, 'fi');
    }

    // Two organisations: the application asks which one applies.
    await page.goto(applicationUrl());
    await page.getByRole('radio', { name: 'Toinen kunta' }).check({ force: true });
    await page.getByRole('button', { name: 'Jatka' }).click();
    await page.getByText('Hakija: Toinen kunta').waitFor();
    await page.getByTestId('eligibility').getByText('Täyttyy').first().waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'application', 'fi');
  });
});
