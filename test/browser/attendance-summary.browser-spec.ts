// The attendance summaries in a real browser: an organisation's contact opens its summary
// from the team page (events with attendance recorded, each person's count), an expert the
// academy's overview of every cohort organisation, and the sheet says it covers the named
// teams only. axe on each state, screenshots fi and en.
import { Locale } from '../../src/common/i18n/locale.js';
import { AcademyStatus } from '../../src/modules/academies/academy.enums.js';
import { CohortParticipantRole } from '../../src/modules/cohort/cohort.enums.js';
import { createAcademy } from '../factories/academies.js';
import { addCohortMember, addCohortParticipant } from '../factories/cohort.js';
import { createOrganisation } from '../factories/organisations.js';
import { scheduleEvent } from '../factories/timeline.js';
import { createAdmin, createExpert, createSignedInUser } from '../factories/users.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './browser-app.js';

const RECORD = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { attendedCount } }`;

describe('attendance summary pages in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ now: new Date('2027-11-01T09:00:00Z') });
  });
  afterAll(() => app?.close());

  const h1 = (page: import('playwright-core').Page, name: string | RegExp) =>
    page.getByRole('heading', { level: 1, name }).waitFor();

  it('shows an organisation its own attendance and staff every organisation’s', async () => {
    const dataSource = app.testApp.dataSource;
    const academy = await createAcademy(dataSource, { status: AcademyStatus.RUNNING });
    const admin = await createAdmin(dataSource);
    const contact = await createSignedInUser(dataSource, { name: 'Kaisa Kontakti' });
    const organisation = await createOrganisation(dataSource, contact.user, {
      name: 'Esimerkkilän kaupunki',
    });
    const otherContact = await createSignedInUser(dataSource);
    const other = await createOrganisation(dataSource, otherContact.user, {
      name: 'Toivolan kunta',
    });
    await addCohortMember(dataSource, academy, organisation);
    await addCohortMember(dataSource, academy, other);
    const kaisa = await addCohortParticipant(dataSource, academy, organisation, {
      name: 'Kaisa Kontakti',
      email: contact.user.email,
      role: CohortParticipantRole.RESPONSIBLE,
      userId: contact.user.id,
    });
    const heikki = await addCohortParticipant(dataSource, academy, organisation, {
      name: 'Heikki Hankinta',
      email: 'heikki@example.fi',
    });
    const toivo = await addCohortParticipant(dataSource, academy, other, {
      name: 'Toivo Toivola',
      email: 'toivo@example.fi',
      role: CohortParticipantRole.RESPONSIBLE,
    });
    const kickOff = await scheduleEvent(app.testApp, admin, {
      academyId: academy.id,
      title: { fi: 'Aloitus', en: 'Kick-off' },
      startsAt: '2027-10-05T09:00',
      endsAt: '2027-10-05T12:00',
    });
    const workshop = await scheduleEvent(app.testApp, admin, {
      academyId: academy.id,
      title: { fi: 'Työpaja 1', en: 'Workshop 1' },
      startsAt: '2027-10-19T09:00',
      endsAt: '2027-10-19T12:00',
    });
    for (const [eventId, ids] of [
      [kickOff, [kaisa.id, heikki.id, toivo.id]],
      [workshop, [kaisa.id]],
    ] as const)
      await app.testApp.graphql(
        RECORD,
        { input: { eventId, attendedParticipantIds: ids } },
        admin.headers,
      );

    // The contact, from the team page.
    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/sign-in?next=/academies/${academy.slug}/team`);
    await app.signInAs(page, contact.user.email);
    await h1(page, `Team: ${academy.title.en}`);
    await page.getByRole('link', { name: 'Attendance in the events' }).click();
    await h1(page, `Attendance: ${academy.title.en}`);
    const summary = page.getByTestId('attendance-summary');
    await summary.getByText('At 2 of 2 events with attendance recorded.').waitFor();
    await summary.getByRole('link', { name: 'Kick-off' }).waitFor();
    const people = summary.getByTestId('attendance-people');
    expect(await people.getByRole('row', { name: /Kaisa Kontakti/ }).innerText()).toContain(
      '2 / 2',
    );
    expect(await people.getByRole('row', { name: /Heikki Hankinta/ }).innerText()).toContain(
      '1 / 2',
    );
    // Only its own organisation.
    expect(await page.getByText('Toivolan kunta').count()).toBe(0);
    await page.getByText('It covers the people named on', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'attendance-summary', 'en');

    // In Finnish.
    await dataSource.query(`UPDATE users SET locale = 'fi' WHERE id = $1`, [contact.user.id]);
    const finnish = await app.newPage('fi');
    await finnish.goto(`${app.clientUrl}/sign-in?next=/academies/${academy.slug}/attendance`);
    await app.signInAs(finnish, contact.user.email);
    await h1(finnish, `Osallistuminen: ${academy.title.fi}`);
    await finnish
      .getByText('Mukana 2 / 2 tilaisuudessa, joiden osallistuminen on kirjattu.')
      .waitFor();
    await expectNoSeriousA11yViolations(finnish);
    await screenshot(finnish, 'attendance-summary', 'fi');

    // Someone in no cohort organisation is told so.
    const stranger = await createSignedInUser(dataSource);
    const outside = await app.newPage('en');
    await outside.goto(`${app.clientUrl}/sign-in?next=/academies/${academy.slug}/attendance`);
    await app.signInAs(outside, stranger.user.email);
    await outside.getByText("None of your organisations is in this academy's cohort.").waitFor();

    // An expert: the sheet explains the named-team rule and links to every organisation.
    const expert = await createExpert(dataSource, { locale: Locale.en });
    const staff = await app.newPage('en');
    await staff.goto(
      `${app.clientUrl}/sign-in?next=/admin/academies/${academy.id}/events/${workshop}/attendance`,
    );
    await app.signInAs(staff, expert.user.email);
    await h1(staff, 'Attendance: Workshop 1');
    await staff.getByText('cannot be marked', { exact: false }).waitFor();
    await staff.getByRole('link', { name: 'Attendance of all the organisations' }).click();
    await h1(staff, `Attendance of the organisations: ${academy.title.en}`);
    const table = staff.getByTestId('academy-attendance');
    expect(await table.getByRole('row', { name: /Esimerkkilän kaupunki/ }).innerText()).toContain(
      'Heikki Hankinta: 1 / 2',
    );
    expect(await table.getByRole('row', { name: /Toivolan kunta/ }).innerText()).toContain(
      'Toivo Toivola: 1 / 2',
    );
    await expectNoSeriousA11yViolations(staff);
    await screenshot(staff, 'academy-attendance', 'en');

    const finnishExpert = await createExpert(dataSource, { locale: Locale.fi });
    const staffFi = await app.newPage('fi');
    await staffFi.goto(`${app.clientUrl}/sign-in?next=/admin/academies/${academy.id}/attendance`);
    await app.signInAs(staffFi, finnishExpert.user.email);
    await h1(staffFi, `Organisaatioiden osallistuminen: ${academy.title.fi}`);
    await staffFi.getByTestId('academy-attendance').waitFor();
    await expectNoSeriousA11yViolations(staffFi);
    await screenshot(staffFi, 'academy-attendance', 'fi');

    // Someone who is not staff: the overview is not for them.
    await outside.goto(`${app.clientUrl}/admin/academies/${academy.id}/attendance`);
    await h1(outside, 'Attendance of the organisations');
    expect(await outside.getByTestId('academy-attendance').count()).toBe(0);
  });
});
