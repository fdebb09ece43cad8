// Alumni in a real browser: the programme manager ends a running programme on the academy's
// edit page (confirming in a dialog); its cohort contact then opens /academies/:slug/alumni in
// Finnish, registers for the alumni meeting and books the organisation's follow-up meeting,
// and reads the same page in English. Someone who is no alumnus is told so. axe on each
// state, screenshots fi and en.
import type { Page } from 'playwright-core';
import { Locale } from '../../src/common/i18n/locale.js';
import { AcademyStatus } from '../../src/modules/academies/academy.enums.js';
import { CohortParticipantRole } from '../../src/modules/cohort/cohort.enums.js';
import { createAcademy } from '../factories/academies.js';
import { insertDraftApplications } from '../factories/applications.js';
import { addCohortMember, addCohortParticipant } from '../factories/cohort.js';
import { PUBLISH_SLOTS } from '../factories/consultations.js';
import { setEventRegistration } from '../factories/registration.js';
import { openRound } from '../factories/rounds.js';
import { scheduleEvent } from '../factories/timeline.js';
import { createAdmin, createExpert, createSignedInUser } from '../factories/users.js';
import { graphqlOk } from '../helpers/graphql-ok.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './browser-app.js';

const NOW = new Date('2027-02-10T09:00:00Z');

describe('alumni page in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ now: NOW });
  });
  afterAll(() => app?.close());

  const h1 = (page: Page, name: string | RegExp) =>
    page.getByRole('heading', { level: 1, name }).waitFor();

  it('the manager ends the programme; the alumnus registers for the alumni meeting and books the follow-up meeting (fi), then reads it in English', async () => {
    const dataSource = app.testApp.dataSource;
    const academy = await createAcademy(dataSource, { status: AcademyStatus.RUNNING });
    const admin = await createAdmin(dataSource, { locale: Locale.en });
    const expert = await createExpert(dataSource, { name: 'Eero Asiantuntija' });
    const [{ user: contact, organisation }] = await insertDraftApplications(
      dataSource,
      academy.id,
      1,
    );
    await addCohortMember(dataSource, academy, organisation);
    await addCohortParticipant(dataSource, academy, organisation, {
      name: 'Kaisa Kontakti',
      email: contact.user.email,
      role: CohortParticipantRole.RESPONSIBLE,
      userId: contact.user.id,
    });
    const meetingId = await scheduleEvent(app.testApp, admin, {
      academyId: academy.id,
      kind: 'ALUMNI_MEETING',
      title: { fi: 'Alumnitapaaminen', en: 'Alumni meeting' },
      startsAt: '2027-10-15T13:00',
      endsAt: '2027-10-15T15:30',
      mode: 'HYBRID',
      place: 'Helsinki',
      audience: 'ALUMNI',
    });
    await setEventRegistration(app.testApp, admin, meetingId, 20, '2027-10-08T16:00');
    const roundId = await openRound(app.testApp, admin, {
      academyId: academy.id,
      purpose: 'FOLLOW_UP',
      titleFi: 'Seurantatapaamiset 2028',
      titleEn: 'Follow-up meetings 2028',
    });
    await graphqlOk(
      app.testApp,
      PUBLISH_SLOTS,
      {
        input: {
          academyId: academy.id,
          roundId,
          mode: 'REMOTE',
          onlineUrl: 'https://teams.example/seuranta',
          slots: [{ startsAt: '2028-02-08T10:00', endsAt: '2028-02-08T11:00' }],
        },
      },
      expert.headers,
    );

    // Before the end the alumni page says the programme runs still.
    const early = await app.newPage('en');
    await early.goto(`${app.clientUrl}/sign-in?next=/academies/${academy.slug}/alumni`);
    await app.signInAs(early, contact.user.email);
    await h1(early, `Alumni: ${academy.title.en}`);
    await early.getByText('The programme has not ended yet.', { exact: false }).waitFor();

    // The programme manager ends it on the academy's edit page.
    const manager = await app.newPage('en');
    await manager.goto(`${app.clientUrl}/sign-in?next=/admin/academies/${academy.id}`);
    await app.signInAs(manager, admin.user.email);
    await manager.getByTestId('admin-academy-status').getByText('Running').waitFor();
    await manager.getByRole('button', { name: 'End the programme' }).click();
    await manager.getByRole('heading', { name: 'End the programme now?' }).waitFor();
    await manager.getByRole('button', { name: 'Yes, end the programme' }).click();
    await manager.getByTestId('admin-academy-status').getByText('Finished').waitFor();
    expect(await manager.getByRole('button', { name: 'End the programme' }).count()).toBe(0);

    // The alumnus, in Finnish: registers for the alumni meeting, books the follow-up meeting.
    await dataSource.query('UPDATE users SET locale = $1 WHERE id = $2', [
      Locale.fi,
      contact.user.id,
    ]);
    const alumnus = await app.newPage('fi');
    await alumnus.goto(`${app.clientUrl}/academies/${academy.slug}`);
    await alumnus.getByRole('link', { name: /Alumneille/ }).click();
    await alumnus.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(alumnus, contact.user.email);
    await h1(alumnus, `Alumnit: ${academy.title.fi}`);
    const meeting = alumnus.getByTestId('alumni-event');
    await meeting.getByRole('heading', { name: 'Alumnitapaaminen' }).waitFor();
    await meeting.getByRole('button', { name: 'Ilmoittaudu' }).click();
    await meeting.getByText('Olet ilmoittautunut, ja sinulla on paikka.').waitFor();
    await alumnus.getByRole('heading', { name: 'Seurantatapaamiset 2028' }).waitFor();
    await alumnus
      .getByRole('button', { name: /^Varaa tiistaina 8\.2\.2028 10\.00–11\.00/ })
      .click();
    await alumnus.getByText(/^Varattu: tiistaina 8\.2\.2028 10\.00–11\.00/).waitFor();
    await alumnus.getByRole('heading', { name: 'Seurantatapaamisenne' }).waitFor();
    await alumnus.getByTestId('my-sparring').getByText('Eero Asiantuntija').waitFor();
    await alumnus.getByRole('button', { name: 'Peru seurantatapaaminen' }).waitFor();
    await expectNoSeriousA11yViolations(alumnus);
    await screenshot(alumnus, 'alumni', 'fi');

    await dataSource.query('UPDATE users SET locale = $1 WHERE id = $2', [
      Locale.en,
      contact.user.id,
    ]);
    const english = await app.newPage('en');
    await english.goto(`${app.clientUrl}/sign-in?next=/academies/${academy.slug}/alumni`);
    await app.signInAs(english, contact.user.email);
    await h1(english, `Alumni: ${academy.title.en}`);
    await english
      .getByTestId('alumni-event')
      .getByRole('heading', { name: 'Alumni meeting' })
      .waitFor();
    await english.getByText('You are registered and hold a seat.', { exact: false }).waitFor();
    await english.getByRole('heading', { name: 'Your follow-up meeting' }).waitFor();
    await expectNoSeriousA11yViolations(english);
    await screenshot(english, 'alumni', 'en');

    // Someone who is no alumnus sees neither the events nor the booking.
    const stranger = await createSignedInUser(dataSource, { locale: Locale.en });
    const outside = await app.newPage('en');
    await outside.goto(`${app.clientUrl}/sign-in?next=/academies/${academy.slug}/alumni`);
    await app.signInAs(outside, stranger.user.email);
    await h1(outside, `Alumni: ${academy.title.en}`);
    await outside.getByText('You are not an alumnus of this academy', { exact: false }).waitFor();
    expect(await outside.getByTestId('alumni-event').count()).toBe(0);
  });
});
