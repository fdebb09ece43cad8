// The team page and the attendance sheet in a real browser: a contact adds a person to the
// cohort team, is refused past the academy's limit with the API's message, makes another
// person responsible and removes one; a plain member sees the team without the controls.
// An expert marks everyone on the attendance sheet and saves. axe on each state,
// screenshots fi and en.
import { Locale } from '../../src/common/i18n/locale.js';
import { AcademyStatus } from '../../src/modules/academies/academy.enums.js';
import { CohortParticipantRole } from '../../src/modules/cohort/cohort.enums.js';
import { createAcademy } from '../factories/academies.js';
import { addCohortMember, addCohortParticipant } from '../factories/cohort.js';
import { addMember, createOrganisation } from '../factories/organisations.js';
import { scheduleEvent } from '../factories/timeline.js';
import { createAdmin, createExpert, createSignedInUser } from '../factories/users.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './browser-app.js';

const NOW = new Date('2027-09-01T09:00:00Z');

describe('team and attendance pages in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ now: NOW });
  });
  afterAll(() => app?.close());

  const h1 = (page: import('playwright-core').Page, name: string | RegExp) =>
    page.getByRole('heading', { level: 1, name }).waitFor();

  it('lets a contact manage the team within the limit and staff record attendance', async () => {
    const dataSource = app.testApp.dataSource;
    const academy = await createAcademy(dataSource, {
      status: AcademyStatus.RUNNING,
      teamSizeLimit: 3,
    });
    const contact = await createSignedInUser(dataSource, {
      name: 'Kaisa Kontakti',
      locale: Locale.en,
    });
    const organisation = await createOrganisation(dataSource, contact.user, {
      name: 'Esimerkkilän kaupunki',
    });
    await addCohortMember(dataSource, academy, organisation);
    await addCohortParticipant(dataSource, academy, organisation, {
      name: 'Kaisa Kontakti',
      email: contact.user.email,
      role: CohortParticipantRole.RESPONSIBLE,
      userId: contact.user.id,
    });
    await addCohortParticipant(dataSource, academy, organisation, {
      name: 'Heikki Hankinta',
      email: 'heikki@example.fi',
    });
    const title = academy.title.en!;

    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/academies/${academy.slug}/team`);
    await page.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(page, contact.user.email);
    await h1(page, `Team: ${title}`);
    await page.getByText('2 of 3 people on the team.').waitFor();
    await expectNoSeriousA11yViolations(page);

    // Add a third person: the team is then full.
    await page.getByRole('textbox', { name: 'Name' }).fill('Ella Ympäristö');
    await page.getByRole('textbox', { name: 'E-mail address' }).fill('ella@example.fi');
    await page.getByRole('button', { name: 'Add to the team' }).click();
    await page.getByText('ella@example.fi was added to the team.').waitFor();
    await page.getByText('3 of 3 people on the team.').waitFor();
    await page.getByRole('textbox', { name: 'Name' }).fill('Neljäs Henkilö');
    await page.getByRole('textbox', { name: 'E-mail address' }).fill('neljas@example.fi');
    await page.getByRole('button', { name: 'Add to the team' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'The team is full: it holds 3 people.' })
      .waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'team', 'en');

    // Heikki becomes responsible; Kaisa can then leave… but Kaisa stays, Ella is removed.
    await page.getByRole('button', { name: 'Make Heikki Hankinta the responsible person' }).click();
    await page.getByText('Heikki Hankinta is now the responsible person.').waitFor();
    await page.getByRole('button', { name: 'Remove Ella Ympäristö from the team' }).click();
    await page.getByText('Ella Ympäristö was removed from the team.').waitFor();
    await page.getByText('2 of 3 people on the team.').waitFor();
    expect(await page.getByTestId('team-members').innerText()).not.toContain('Ella');

    // A Finnish-speaking plain member sees the team without the controls.
    const member = await createSignedInUser(dataSource, { locale: Locale.fi });
    await addMember(dataSource, organisation, member.user);
    const finnish = await app.newPage('fi');
    await finnish.goto(`${app.clientUrl}/academies/${academy.slug}/team`);
    await finnish.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(finnish, member.user.email);
    await h1(finnish, `Tiimi: ${academy.title.fi}`);
    await finnish.getByText('Organisaation yhteyshenkilöt hallitsevat tiimiä.').waitFor();
    expect(await finnish.getByRole('button', { name: 'Lisää tiimiin' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(finnish);
    await screenshot(finnish, 'team', 'fi');

    // The attendance sheet: an expert marks everyone and saves.
    const admin = await createAdmin(dataSource);
    const eventId = await scheduleEvent(app.testApp, admin, {
      academyId: academy.id,
      title: { fi: 'Työpaja 1', en: 'Workshop 1' },
    });
    const expert = await createExpert(dataSource, { locale: Locale.en });
    const sheet = await app.newPage('en');
    await sheet.goto(`${app.clientUrl}/admin/academies/${academy.id}/events/${eventId}/attendance`);
    await sheet.getByRole('link', { name: 'Sign in' }).first().waitFor();
    await sheet.goto(
      `${app.clientUrl}/sign-in?next=/admin/academies/${academy.id}/events/${eventId}/attendance`,
    );
    await app.signInAs(sheet, expert.user.email);
    await h1(sheet, 'Attendance: Workshop 1');
    await sheet.getByText('0 of 2 marked as attended.').waitFor();
    await sheet.getByRole('button', { name: 'Mark everyone' }).click();
    await sheet.getByText('2 of 2 marked as attended.').waitFor();
    await sheet.getByRole('button', { name: 'Save attendance' }).click();
    await sheet.getByText('Attendance saved: 2 attended.').waitFor();
    await expectNoSeriousA11yViolations(sheet);
    await screenshot(sheet, 'attendance', 'en');

    const finnishExpert = await createExpert(dataSource, { locale: Locale.fi });
    const sheetFi = await app.newPage('fi');
    await sheetFi.goto(
      `${app.clientUrl}/sign-in?next=/admin/academies/${academy.id}/events/${eventId}/attendance`,
    );
    await app.signInAs(sheetFi, finnishExpert.user.email);
    await h1(sheetFi, 'Osallistuminen: Työpaja 1');
    await sheetFi.getByText('2/2 merkitty osallistuneeksi.').waitFor();
    await expectNoSeriousA11yViolations(sheetFi);
    await screenshot(sheetFi, 'attendance', 'fi');

    // A member of the organisation is not staff: the sheet is not for them.
    await finnish.goto(
      `${app.clientUrl}/admin/academies/${academy.id}/events/${eventId}/attendance`,
    );
    await h1(finnish, 'Osallistuminen');
    await finnish
      .getByRole('link', { name: /etusivulle|Etusivu/i })
      .first()
      .waitFor();
  });
});
