// The application form's autosave at its edges: submit right after typing, leaving the page or
// switching language right after typing, two pages editing the same section or creating the
// same application, and a conflict whose other version does not load at first.
import type { Page } from 'playwright-core';
import type { AcademyEntity } from '../../src/modules/academies/entities/academy.entity.js';
import { Locale } from '../../src/common/i18n/locale.js';
import {
  createAcademy,
  createAdmin,
  createDraftApplication,
  createOrganisation,
  createSignedInUser,
  setEligibilityCriteria,
} from '../factories/index.js';
import { startBrowserApp, type BrowserApp } from './browser-app.js';

// The server's clock is 4.5.2026 (startTestApp's default): open until 31.5.2027.
const OPEN_WINDOW = {
  applicationOpensAt: new Date('2026-04-01T00:00:00+03:00'),
  applicationDeadline: new Date('2027-05-31T23:59:59.999+03:00'),
  consultationBookingDeadline: new Date('2027-05-31T23:59:59.999+03:00'),
  selectionAnnouncementAt: new Date('2027-06-18T12:00:00+03:00'),
};

// Fields by their name (the API's path): the same locator in every language.
const field = (page: Page, path: string) => page.locator(`[name="${path}"]`);
const saved = (page: Page) =>
  page
    .getByTestId('save-status')
    .filter({ hasText: /saved at|tallennettu klo/i })
    .waitFor();

describe('application autosave in Chromium', () => {
  let app: BrowserApp;
  let academy: AcademyEntity;

  beforeAll(async () => {
    app = await startBrowserApp();
    const admin = await createAdmin(app.testApp.dataSource);
    // No criteria: the three required answers are enough to submit.
    academy = await createAcademy(app.testApp.dataSource, OPEN_WINDOW);
    await setEligibilityCriteria(app.testApp, admin, academy.id, []);
  });
  afterAll(() => app?.close());

  const applicationUrl = () => `${app.clientUrl}/academies/${academy.slug}/application`;

  /** A signed-in person with one organisation and no application yet, on the form. */
  async function newApplicant(pages = 1): Promise<Page[]> {
    const contact = await createSignedInUser(app.testApp.dataSource, { locale: Locale.en });
    await createOrganisation(app.testApp.dataSource, contact.user);
    return openForm(contact.user.email, pages);
  }

  async function openForm(email: string, pages: number): Promise<Page[]> {
    const first = await app.newPage('en');
    await app.signInAs(first, email);
    const opened = [first];
    for (let index = 1; index < pages; index += 1) opened.push(await first.context().newPage());
    for (const page of opened) {
      await page.goto(applicationUrl());
      await page.getByText(/^Applying organisation/).waitFor();
    }
    return opened;
  }

  it('submits a new application right after typing (no pause, no reload)', async () => {
    const [page] = await newApplicant();
    await field(page, 'pilotProcurement.title').fill('Koulun peruskorjaus');
    await field(page, 'team.responsiblePerson.name').fill('Anna Vastuu');
    await field(page, 'team.responsiblePerson.email').fill('anna@kunta.fi');
    await page.getByRole('button', { name: 'Submit the application' }).click();
    await page.getByTestId('submitted-notice').waitFor();
    expect(await page.getByTestId('application-status').innerText()).toBe('Submitted');
  });

  it('says which answers are missing when a new application is submitted with nothing typed', async () => {
    const [page] = await newApplicant();
    await page.getByRole('button', { name: 'Submit the application' }).click();
    await page
      .getByRole('alert')
      .getByText('The application lacks required answers: see the marked fields.')
      .waitFor();
    for (const path of [
      'pilotProcurement.title',
      'team.responsiblePerson.name',
      'team.responsiblePerson.email',
    ]) {
      expect(await field(page, path).getAttribute('aria-invalid')).toBe('true');
    }
    expect(
      await field(page, 'organisationFacts.description').getAttribute('aria-invalid'),
    ).not.toBe('true');
    expect(await page.getByTestId('application-status').innerText()).toBe('Draft');
  });

  it('keeps and saves what was typed right before switching language or leaving the page', async () => {
    const [page] = await newApplicant();
    // Saves wait until the language has changed, however slow this machine is.
    let release = () => {};
    const switched = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('mutation SaveApplicationDraft')) await switched;
      return route.continue();
    });
    const description = field(page, 'organisationFacts.description');
    await description.fill('Kirjoitettu juuri ennen kielen vaihtoa');
    await page.locator('#language-menu').click();
    await page.getByRole('menuitem', { name: 'Suomeksi (FI)' }).click();
    await page.getByText(/^Hakija/).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Organisaatio', exact: true }).waitFor();
    expect(await description.inputValue()).toBe('Kirjoitettu juuri ennen kielen vaihtoa');
    release();
    await saved(page);
    await page.unroute('**/graphql');
    await page.reload();
    await page.getByText(/^Hakija/).waitFor();
    expect(await description.inputValue()).toBe('Kirjoitettu juuri ennen kielen vaihtoa');

    // Leaving for another page of the client right after typing saves too.
    await field(page, 'pilotProcurement.title').fill('Kirjoitettu ennen poistumista');
    await page.getByRole('link', { name: 'Hakemukseni' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Hakemukseni' }).waitFor();
    await page.goto(applicationUrl());
    await page.getByText(/^Hakija/).waitFor();
    expect(await field(page, 'pilotProcurement.title').inputValue()).toBe(
      'Kirjoitettu ennen poistumista',
    );

    // Closing or reloading with unsaved text: the browser asks first.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.accept();
      }),
    );
    await field(page, 'pilotProcurement.title').focus();
    await page.keyboard.type(' lisää');
    await page.reload();
    expect(await asked).toBe('beforeunload');
  });

  it('merges two pages’ changes to one section field by field and flags a field both changed', async () => {
    const contact = await createSignedInUser(app.testApp.dataSource, { locale: Locale.en });
    await createDraftApplication(app.testApp, {
      academy,
      contact,
      answers: { pilotProcurement: { title: 'Alku', description: 'Alkukuvaus' } },
    });
    const [first, second] = await openForm(contact.user.email, 2);
    const title = (page: Page) => field(page, 'pilotProcurement.title');
    const description = (page: Page) => field(page, 'pilotProcurement.description');

    // Different fields of the same section: both kept.
    await description(first).fill('Ensimmäisen kuvaus');
    await saved(first);
    await title(second).fill('Toisen otsikko');
    const conflict = second.getByTestId('conflict');
    await conflict.getByRole('button', { name: 'Keep my changes' }).waitFor();
    expect(await conflict.getByTestId('conflict-clashes').count()).toBe(0);
    await conflict.getByRole('button', { name: 'Keep my changes' }).click();
    await saved(second);
    expect(await description(second).inputValue()).toBe('Ensimmäisen kuvaus');
    expect(await title(second).inputValue()).toBe('Toisen otsikko');
    await first.reload();
    await first.getByText(/^Applying organisation/).waitFor();
    expect(await description(first).inputValue()).toBe('Ensimmäisen kuvaus');
    expect(await title(first).inputValue()).toBe('Toisen otsikko');

    // The same field: flagged with both texts before the person chooses.
    await title(first).fill('Ensimmäisen otsikko');
    await saved(first);
    await title(second).fill('Toisen uusi otsikko');
    await conflict.getByTestId('conflict-clashes').waitFor();
    const row = conflict.locator('tr[data-clash]');
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toContain('changed by both');
    expect(await row.innerText()).toContain('Toisen uusi otsikko');
    expect(await row.innerText()).toContain('Ensimmäisen otsikko');
    await conflict.getByRole('button', { name: 'Take the other version' }).click();
    expect(await title(second).inputValue()).toBe('Ensimmäisen otsikko');
  });

  it('offers to load the other version again when it did not load', async () => {
    const contact = await createSignedInUser(app.testApp.dataSource, { locale: Locale.en });
    await createDraftApplication(app.testApp, {
      academy,
      contact,
      answers: { pilotProcurement: { title: 'Alku' } },
    });
    const [first, second] = await openForm(contact.user.email, 2);
    await field(first, 'pilotProcurement.title').fill('Ensimmäinen');
    await saved(first);
    // The second page's fetch of the other version fails once.
    let failed = 0;
    await second.route('**/graphql', async (route) => {
      if (failed === 0 && route.request().postData()?.includes('query ApplicationLatest')) {
        failed += 1;
        return route.abort();
      }
      return route.continue();
    });
    await field(second, 'organisationFacts.description').fill('Toisen kuvaus');
    const conflict = second.getByTestId('conflict');
    await conflict.getByText('The other version could not be loaded').waitFor();
    await conflict.getByRole('button', { name: 'Load the other version again' }).click();
    await conflict.getByRole('button', { name: 'Keep my changes' }).click();
    await saved(second);
    expect(await field(second, 'pilotProcurement.title').inputValue()).toBe('Ensimmäinen');
    expect(await field(second, 'organisationFacts.description').inputValue()).toBe('Toisen kuvaus');
  });

  it('does not let a second tab overwrite a new application the first one created', async () => {
    const [first, second] = await newApplicant(2);
    await field(first, 'pilotProcurement.title').fill('Ensimmäisen välilehden otsikko');
    await saved(first);
    // 24-hour, as the client's other times (not the en locale's "07:56 PM").
    expect(await first.getByTestId('save-status').innerText()).toMatch(
      /^Draft saved at [0-2]\d:[0-5]\d$/,
    );
    // The second tab also started from "no application yet".
    await field(second, 'organisationFacts.description').fill('Toisen välilehden kuvaus');
    const conflict = second.getByTestId('conflict');
    await conflict.getByRole('button', { name: 'Keep my changes' }).click();
    await saved(second);
    await first.reload();
    await first.getByText(/^Applying organisation/).waitFor();
    expect(await field(first, 'pilotProcurement.title').inputValue()).toBe(
      'Ensimmäisen välilehden otsikko',
    );
    expect(await field(first, 'organisationFacts.description').inputValue()).toBe(
      'Toisen välilehden kuvaus',
    );
  });
});
