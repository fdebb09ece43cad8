// Appointment rounds in a real browser: the programme manager opens a SPARRING round on
// /admin/academies/:id/rounds (a window ending before it starts refused at the field first);
// an expert publishes a slot into it; a cohort organisation's member books it on
// /academies/:slug/sparring in Finnish and sees it booked; after the session the expert's
// summary (recorded through the API) shows on the same page in English. axe on each state,
// screenshots fi and en.
import type { Page } from 'playwright-core';
import { Locale } from '../../src/common/i18n/locale.js';
import { CohortParticipantRole } from '../../src/modules/cohort/cohort.enums.js';
import { createAcademy, SPRING_2027 } from '../factories/academies.js';
import { createDraftApplication } from '../factories/applications.js';
import { addCohortMember, addCohortParticipant } from '../factories/cohort.js';
import { PUBLISH_SLOTS } from '../factories/consultations.js';
import { createAdmin, createExpert } from '../factories/users.js';
import { graphqlOk } from '../helpers/graphql-ok.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './browser-app.js';

const BEFORE = new Date('2027-05-10T09:00:00Z');
const BOOKING_TIME = new Date('2027-06-02T09:00:00Z');
const AFTER = new Date('2027-06-15T12:00:00+03:00');

describe('appointment round pages in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ now: BEFORE });
  });
  afterAll(() => app?.close());

  const h1 = (page: Page, name: string | RegExp) =>
    page.getByRole('heading', { level: 1, name }).waitFor();

  async function fillDateTime(page: Page, id: string, date: string, time: string) {
    await page.locator(`#${id}-date`).fill(date);
    await page.locator(`#${id}-time`).fill(time);
    await page.locator(`#${id}-time`).blur();
  }

  it('admin opens a sparring round, the member books it (fi) and reads the summary (en)', async () => {
    const dataSource = app.testApp.dataSource;
    const academy = await createAcademy(dataSource, { ...SPRING_2027 });
    const admin = await createAdmin(dataSource, { locale: Locale.en });
    const expert = await createExpert(dataSource, { name: 'Eero Asiantuntija' });
    const applicant = await createDraftApplication(app.testApp, {
      academy,
      organisation: { name: 'Esimerkkilän kaupunki' },
    });
    const { organisation, contact } = applicant;
    await addCohortMember(dataSource, academy, organisation);
    await addCohortParticipant(dataSource, academy, organisation, {
      name: 'Kaisa Kontakti',
      email: contact.user.email,
      role: CohortParticipantRole.RESPONSIBLE,
      userId: contact.user.id,
    });

    // The programme manager opens the round.
    const admin_ = await app.newPage('en');
    await admin_.goto(`${app.clientUrl}/sign-in?next=/admin/academies/${academy.id}`);
    await app.signInAs(admin_, admin.user.email);
    await admin_.getByRole('link', { name: 'Booking rounds' }).click();
    await h1(admin_, `Booking rounds: ${academy.title.en}`);
    await admin_.getByText('The academy has no rounds yet.').waitFor();
    await admin_.locator('#round-title-fi').fill('Sparraus kesä 2027');
    await admin_.locator('#round-title-en').fill('Sparring summer 2027');
    await fillDateTime(admin_, 'round-opens', '1.6.2027', '0.00');
    await fillDateTime(admin_, 'round-closes', '1.5.2027', '23.59');
    await admin_.getByRole('button', { name: 'Open the round' }).click();
    // The API's refusal sits at its field; nothing was opened.
    const closes = admin_.locator('#round-closes-date');
    await admin_.waitForFunction(
      (id) => document.getElementById(id)?.getAttribute('aria-invalid') === 'true',
      'round-closes-date',
    );
    expect(await closes.getAttribute('aria-invalid')).toBe('true');
    expect(await admin_.getByTestId('round').count()).toBe(0);
    await fillDateTime(admin_, 'round-closes', '31.7.2027', '23.59');
    await admin_.getByRole('button', { name: 'Open the round' }).click();
    await admin_.getByText('The round was opened.').waitFor();
    const round = admin_.getByTestId('round');
    await round.getByRole('heading', { name: 'Sparring summer 2027' }).waitFor();
    await round.getByText("The academy's cohort organisations").waitFor();
    await round.getByText('Not open for booking now').waitFor();

    // Two bookings per organisation, saved in the round's own form.
    await round.getByRole('textbox', { name: /Bookings per organisation/ }).fill('2');
    await round.getByRole('button', { name: 'Save the changes' }).click();
    await round.getByText('The round was saved.').waitFor();
    await round.locator('dd', { hasText: /^2$/ }).waitFor();
    await expectNoSeriousA11yViolations(admin_);
    await screenshot(admin_, 'rounds-admin', 'en');

    const { appointmentRounds } = await graphqlOk<{
      appointmentRounds: Array<{ id: string; purpose: string; bookingsPerOrganisation: number }>;
    }>(
      app.testApp,
      'query ($id: ID!) { appointmentRounds(academyId: $id) { id purpose bookingsPerOrganisation } }',
      { id: academy.id },
      admin.headers,
    );
    expect(appointmentRounds).toEqual([
      expect.objectContaining({ purpose: 'SPARRING', bookingsPerOrganisation: 2 }),
    ]);
    const roundId = appointmentRounds[0].id;

    // The expert publishes a slot into the round.
    const { publishConsultationSlots } = await graphqlOk<{
      publishConsultationSlots: Array<{ id: string }>;
    }>(
      app.testApp,
      PUBLISH_SLOTS,
      {
        input: {
          academyId: academy.id,
          roundId,
          mode: 'REMOTE',
          onlineUrl: 'https://teams.example/sparraus',
          slots: [{ startsAt: '2027-06-15T10:00', endsAt: '2027-06-15T11:30' }],
        },
      },
      expert.headers,
    );
    expect(publishConsultationSlots).toHaveLength(1);

    // On the expert's page the slot is under the round, not under the consultations.
    const expertPage = await app.newPage('en');
    await app.signInAs(expertPage, expert.user.email);
    await expertPage.goto(`${app.clientUrl}/expert/slots`);
    await h1(expertPage, 'My consultation slots');
    await expertPage.getByText('You have no open slots in this academy.').waitFor();
    await expertPage.getByRole('button', { name: /Booking round/ }).click();
    await expertPage.getByRole('option', { name: 'Sparring summer 2027' }).click();
    const mySlots = expertPage.locator('section[aria-labelledby="my-slots-heading"]');
    await mySlots.locator('li').first().waitFor();
    expect(await mySlots.locator('li').count()).toBe(1);
    expect(await expertPage.getByText('You have no open slots in this academy.').count()).toBe(0);

    // The member books it in Finnish, from the team page.
    app.testApp.clock.set(BOOKING_TIME);
    await dataSource.query('UPDATE users SET locale = $1 WHERE id = $2', [
      Locale.fi,
      contact.user.id,
    ]);
    const member = await app.newPage('fi');
    await member.goto(`${app.clientUrl}/academies/${academy.slug}/team`);
    await member.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(member, contact.user.email);
    await member.getByRole('link', { name: /Sparraus: varaa organisaatiosi sparrausaika/ }).click();
    await h1(member, `Sparraus: ${academy.title.fi}`);
    await member.getByRole('heading', { name: 'Sparraus kesä 2027' }).waitFor();
    await member.getByText('Organisaatio voi varata 2 aikaa.').waitFor();
    await member.getByRole('heading', { name: 'tiistaina 15.6.2027' }).waitFor();
    await member.getByRole('button', { name: 'Varaa tiistaina 15.6.2027 10.00–11.30' }).click();
    await member.getByText('Varattu: tiistaina 15.6.2027 10.00–11.30 (Suomen aikaa).').waitFor();
    const mine = member.getByTestId('my-sparring');
    await mine.getByText('tiistaina 15.6.2027 10.00–11.30 (Suomen aikaa)').waitFor();
    await mine.getByText('Eero Asiantuntija').waitFor();
    await member.getByRole('button', { name: 'Peru sparrausaika' }).waitFor();
    await member.getByText('Vapaita aikoja ei ole juuri nyt.').waitFor();
    await expectNoSeriousA11yViolations(member);
    await screenshot(member, 'sparring', 'fi');

    // The admin's round list in Finnish shows the round open now.
    await dataSource.query('UPDATE users SET locale = $1 WHERE id = $2', [
      Locale.fi,
      admin.user.id,
    ]);
    const adminFi = await app.newPage('fi');
    await adminFi.goto(`${app.clientUrl}/sign-in?next=/admin/academies/${academy.id}/rounds`);
    await app.signInAs(adminFi, admin.user.email);
    await h1(adminFi, `Ajanvarauskierrokset: ${academy.title.fi}`);
    await adminFi.getByTestId('round-state').getByText('Varattavissa nyt').waitFor();
    await expectNoSeriousA11yViolations(adminFi);
    await screenshot(adminFi, 'rounds-admin', 'fi');

    // After the session the expert records the summary; the member reads it in English.
    app.testApp.clock.set(AFTER);
    const { bookings } = (
      await graphqlOk<{ appointmentRounds: Array<{ bookings: Array<{ id: string }> }> }>(
        app.testApp,
        'query ($id: ID!, $org: ID!) { appointmentRounds(academyId: $id) { bookings(organisationId: $org) { id } } }',
        { id: academy.id, org: organisation.id },
        admin.headers,
      )
    ).appointmentRounds[0];
    expect(bookings).toHaveLength(1);
    await graphqlOk(
      app.testApp,
      'mutation ($input: SaveAppointmentSummaryInput!) { saveAppointmentSummary(input: $input) { bookingId } }',
      {
        input: {
          bookingId: bookings[0].id,
          summary: 'Kävimme läpi hankinnan kriteerit ja markkinavuoropuhelun.',
        },
      },
      expert.headers,
    );
    await dataSource.query('UPDATE users SET locale = $1 WHERE id = $2', [
      Locale.en,
      contact.user.id,
    ]);
    const english = await app.newPage('en');
    await english.goto(`${app.clientUrl}/sign-in?next=/academies/${academy.slug}/sparring`);
    await app.signInAs(english, contact.user.email);
    await h1(english, `Sparring: ${academy.title.en}`);
    await english.getByRole('heading', { name: 'Sparring summer 2027' }).waitFor();
    await english
      .getByTestId('sparring-summary')
      .getByText('Kävimme läpi hankinnan kriteerit ja markkinavuoropuhelun.')
      .waitFor();
    await english.getByText('No agreed actions yet.').waitFor();
    // A held session is no longer moved or cancelled here.
    expect(await english.getByRole('button', { name: 'Cancel the session' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(english);
    await screenshot(english, 'sparring', 'en');
  });
});
