// Consultations in a real browser: an expert publishes a series (the preview is what gets
// created), an applicant books by keyboard, moves, cancels and books again, the expert sees
// the booking and writes notes; a passed cut-off shows the API's message in the reader's
// language; axe on every state, screenshots fi + en.
import type { Page } from 'playwright-core';
import { Locale } from '../../src/common/i18n/locale.js';
import { AcademyStatus } from '../../src/modules/academies/academy.enums.js';
import type { AcademyEntity } from '../../src/modules/academies/entities/academy.entity.js';
import {
  bookConsultation,
  createAcademy,
  createDraftApplication,
  createExpert,
  createSignedInUser,
  createSubmittedApplication,
  publishSlots,
  SPRING_2027,
} from '../factories/index.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  tabTo,
  type BrowserApp,
} from './browser-app.js';

/** The texts of a list of elements. */
const texts = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((elements) =>
      elements.map((element) => (element as HTMLElement).innerText.trim()),
    );

describe('consultations in Chromium', () => {
  let app: BrowserApp;
  let academy: AcademyEntity;

  beforeAll(async () => {
    // 20.4.2027: applications are open, consultations can be booked until 31.5.
    app = await startBrowserApp({ now: new Date('2027-04-20T09:00:00Z') });
    academy = await createAcademy(app.testApp.dataSource, {
      ...SPRING_2027,
      title: { fi: 'Kiertotalousakatemia', sv: null, en: 'Circular academy' },
    });
  });
  afterAll(() => app?.close());

  it('expert publishes a series as previewed; an applicant books by keyboard, moves, cancels, books again; the expert writes notes', async () => {
    const expert = await createExpert(app.testApp.dataSource, {
      name: 'Eeva Asiantuntija',
      locale: Locale.en,
    });
    const expertPage = await app.newPage('en');
    await app.signInAs(expertPage, expert.user.email);
    await expertPage.getByRole('link', { name: 'My consultation slots' }).click();
    await expertPage.getByRole('heading', { level: 1, name: 'My consultation slots' }).waitFor();
    await expertPage.getByText('Times are in Finnish time.').waitFor();
    await expertPage.getByRole('textbox', { name: 'First day' }).fill('3.5.2027');
    await expertPage.getByRole('textbox', { name: 'Last day' }).fill('2027-05-05');
    await expertPage.getByText('The series creates 9 slots.').waitFor();
    const preview = await texts(expertPage, '[data-testid="preview"] li');
    expect(preview[0]).toBe('Monday, 3 May 2027: 09:00–09:45, 10:00–10:45, 11:00–11:45');
    await expectNoSeriousA11yViolations(expertPage);
    await screenshot(expertPage, 'expert-slots', 'en');

    await expertPage.getByRole('button', { name: 'Publish the slots' }).click();
    await expertPage.getByText('Published 9 slots.').waitFor();
    await expertPage.getByTestId('expert-slot').nth(8).waitFor();
    // What was created, read back from the API's list of my slots, is the preview.
    const created = await expertPage
      .locator('.expert-slots .slot-day')
      .evaluateAll((days) =>
        days.map(
          (day) =>
            `${(day.querySelector('h3') as HTMLElement).innerText.trim()}: ${[
              ...day.querySelectorAll('strong'),
            ]
              .map((time) => time.innerText.trim())
              .join(', ')}`,
        ),
      );
    expect(created).toEqual(preview);

    // The applicant: a member of an organisation with a draft application.
    const contact = await createSignedInUser(app.testApp.dataSource, { locale: Locale.fi });
    const applicant = await createDraftApplication(app.testApp, {
      academy,
      contact,
      organisation: { name: 'Esimerkkikunta' },
    });
    const page = await app.newPage('fi');
    await app.signInAs(page, contact.user.email);
    await page.goto(`${app.clientUrl}/academies/${academy.slug}/consultation`);
    await page.getByRole('heading', { level: 1, name: 'Varaa keskusteluaika' }).waitFor();
    await page.getByText('Ajat ovat Suomen aikaa.').waitFor();
    await page.getByRole('heading', { level: 3, name: 'keskiviikkona 5.5.2027' }).waitFor();
    expect(await texts(page, 'main h3')).toEqual([
      'maanantaina 3.5.2027',
      'tiistaina 4.5.2027',
      'keskiviikkona 5.5.2027',
    ]);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'consultation-booking', 'fi');

    // Book by keyboard alone.
    await tabTo(page, (focused) => focused.label === 'Varaa maanantaina 3.5.2027 10.00–10.45', 60);
    await page.keyboard.press('Enter');
    await page
      .getByText('Varattu: maanantaina 3.5.2027 10.00–10.45 (Suomen aikaa).', { exact: false })
      .waitFor();
    const booking = page.getByTestId('my-booking');
    await booking.getByText('Eeva Asiantuntija').waitFor();
    await booking.getByText('maanantaina 3.5.2027 10.00–10.45 (Suomen aikaa)').waitFor();
    await page
      .getByText(
        'Voit siirtää tai perua ajan viimeistään 24 tuntia ennen alkua: 2.5.2027 klo 10.00 (Suomen aikaa) mennessä.',
      )
      .waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'consultation-booked', 'fi');

    await page.getByRole('button', { name: 'Siirrä toiseen aikaan' }).click();
    await page.getByRole('button', { name: 'Siirrä tähän tiistaina 4.5.2027 9.00–9.45' }).click();
    await page.getByText('Siirretty: tiistaina 4.5.2027 9.00–9.45', { exact: false }).waitFor();
    await booking.getByText('tiistaina 4.5.2027 9.00–9.45 (Suomen aikaa)').waitFor();

    await page.getByRole('button', { name: 'Peru keskusteluaika' }).click();
    await page.getByRole('button', { name: 'Kyllä, peru' }).click();
    await page.getByText('Keskusteluaika on peruttu.').waitFor();
    expect(await booking.count()).toBe(0);
    // Booked again, in English (the language menu; it is saved on the person).
    await page.locator('#language-menu').click();
    await page.getByRole('menuitem', { name: 'In English (EN)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Book a consultation' }).waitFor();
    // The notice of the last change follows the language too.
    expect(await page.locator('.consultation-status').innerText()).toBe(
      'The consultation is cancelled.',
    );
    await page.getByRole('button', { name: 'Book Wednesday, 5 May 2027 11:00–11:45' }).click();
    await page.getByText('Booked: Wednesday, 5 May 2027 11:00–11:45', { exact: false }).waitFor();
    await booking.getByText('Wednesday, 5 May 2027 11:00–11:45 (Finnish time)').waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'consultation-booked', 'en');
    // Back in Finnish, the notice's time is written the Finnish way.
    await page.locator('#language-menu').click();
    await page.getByRole('menuitem', { name: 'Suomeksi (FI)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Varaa keskusteluaika' }).waitFor();
    // The zone's name comes from the API: the page shows its data until the Finnish answer
    // arrives (a language switch keeps the form on screen), then the notice reads Finnish.
    await page.locator('.consultation-status', { hasText: '(Suomen aikaa)' }).waitFor();
    expect(await page.locator('.consultation-status').innerText()).toBe(
      'Varattu: keskiviikkona 5.5.2027 11.00–11.45 (Suomen aikaa). Kalenterikutsu tulee sähköpostiisi.',
    );

    const [active] = await app.testApp.dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM consultation_bookings WHERE application_id = $1 AND status = 'ACTIVE'`,
      [applicant.applicationId],
    );
    expect(active.count).toBe(1);

    // The expert sees the booking (organisation, who booked) and writes notes.
    await expertPage.reload();
    const booked = expertPage
      .getByTestId('expert-slot')
      .filter({ hasText: 'booked by Esimerkkikunta' });
    await booked.waitFor();
    expect(await booked.count()).toBe(1);
    await booked
      .getByRole('textbox', { name: 'Consultation notes, Wednesday, 5 May 2027 11:00–11:45' })
      .fill('Pilotti sopii hyvin; aikataulu tiukka.');
    await booked.getByRole('button', { name: 'Save the notes' }).click();
    await expertPage.getByText('The notes are saved.').waitFor();
    await expertPage.reload();
    expect(
      await expertPage
        .getByRole('textbox', { name: 'Consultation notes, Wednesday, 5 May 2027 11:00–11:45' })
        .inputValue(),
    ).toBe('Pilotti sopii hyvin; aikataulu tiukka.');
    await expectNoSeriousA11yViolations(expertPage);
  });

  it('after the cut-off the API’s message shows, in the reader’s language; the expert page is not for applicants', async () => {
    const expert = await createExpert(app.testApp.dataSource, { name: 'Kalle Kiire' });
    // 21.4. 8.00 Helsinki: 20 hours after the server's now, inside the 24-hour cut-off.
    const [slotId] = await publishSlots(app.testApp, expert, academy.id, '2027-04-21', 1);
    const contact = await createSignedInUser(app.testApp.dataSource, { locale: Locale.en });
    const applicant = await createSubmittedApplication(app.testApp, { academy, contact });
    await bookConsultation(app.testApp, contact, slotId, applicant.applicationId);

    const page = await app.newPage('en');
    await app.signInAs(page, contact.user.email);
    await page.goto(`${app.clientUrl}/academies/${academy.slug}/consultation`);
    await page.getByRole('heading', { level: 1, name: 'Book a consultation' }).waitFor();
    await page.getByTestId('my-booking').getByText('Kalle Kiire').waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'consultation-booking', 'en');
    await page.getByRole('button', { name: 'Cancel the consultation' }).click();
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();
    await page
      .getByRole('alert')
      .getByText(
        'A consultation can be changed or cancelled only until 24 hours before it starts. Please contact the expert.',
      )
      .waitFor();
    await expectNoSeriousA11yViolations(page);

    // An applicant on the expert page is told it is not for them.
    await page.goto(`${app.clientUrl}/expert/slots`);
    await page.getByText("This page is for the academies' experts", { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: 'My consultation slots' }).count()).toBe(0);
  });

  it('the expert page in Finnish, on the academy whose applications are open', async () => {
    // Listed first (newest), but already running: not where slots are published.
    await createAcademy(app.testApp.dataSource, {
      ...SPRING_2027,
      applicationOpensAt: new Date('2027-04-10T00:00:00+03:00'),
      status: AcademyStatus.RUNNING,
      title: { fi: 'Käynnissä oleva akatemia', sv: null, en: 'Running academy' },
    });
    const expert = await createExpert(app.testApp.dataSource, { locale: Locale.fi });
    const page = await app.newPage('fi');
    await app.signInAs(page, expert.user.email);
    await page.goto(`${app.clientUrl}/expert/slots`);
    await page.getByRole('heading', { level: 1, name: 'Keskusteluaikani' }).waitFor();
    await page.getByRole('button', { name: 'Kiertotalousakatemia Akatemia' }).waitFor();
    await page.getByRole('textbox', { name: 'Ensimmäinen päivä' }).fill('10.5.2027');
    await page.getByRole('textbox', { name: 'Viimeinen päivä' }).fill('11.5.2027');
    await page.getByText('Sarjasta tulee 6 aikaa.').waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'expert-slots', 'fi');
  });
});
