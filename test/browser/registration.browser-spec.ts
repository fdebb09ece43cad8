// The registration page in a real browser: a participant joins the waiting list of a full
// event by keyboard, sees their place, gets the seat when the holder cancels (and the mail
// says so), and cancels again; a Finnish reader sees the full event; an outsider is told the
// event is for its audience only; once staff cancel the event, the panel says so without
// buttons. axe on each state, screenshots fi and en.
import { Locale } from '../../src/common/i18n/locale.js';
import { createAcademy } from '../factories/academies.js';
import { addCohortMember } from '../factories/cohort.js';
import { createOrganisationWithContact } from '../factories/organisations.js';
import { setEventRegistration } from '../factories/registration.js';
import { scheduleEvent } from '../factories/timeline.js';
import { createAdmin, createSignedInUser } from '../factories/users.js';
import { graphqlOk } from '../helpers/graphql-ok.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  tabTo,
  type BrowserApp,
} from './browser-app.js';

const REGISTER = `mutation ($input: EventRegistrationInput!) { registerForEvent(input: $input) { eventId } }`;
const CANCEL = `mutation ($input: EventRegistrationInput!) { cancelEventRegistration(input: $input) { eventId } }`;

describe('event registration page in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  it('joins the waiting list by keyboard, is promoted on a cancellation, and cancels', async () => {
    const dataSource = app.testApp.dataSource;
    const admin = await createAdmin(dataSource);
    const academy = await createAcademy(dataSource);
    const team = await createOrganisationWithContact(dataSource, { members: 2 });
    await addCohortMember(dataSource, academy, team.organisation);
    const [holder, waiting] = team.members;
    const eventId = await scheduleEvent(app.testApp, admin, {
      academyId: academy.id,
      kind: 'CLOSING',
      title: { fi: 'Päätöstilaisuus', sv: 'Avslutning', en: 'Closing event' },
      startsAt: '2027-02-01T10:00',
      endsAt: '2027-02-01T16:00',
      mode: 'IN_PERSON',
      place: 'Helsinki',
    });
    await setEventRegistration(app.testApp, admin, eventId, 1, '2027-01-25T16:00');
    await graphqlOk(app.testApp, REGISTER, { input: { eventId } }, holder.headers);
    const address = `${app.clientUrl}/academies/${academy.slug}/events/${eventId}/registration`;

    const page = await app.newPage('en');
    await page.goto(address);
    await page.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(page, waiting.user.email);
    await page.getByRole('heading', { level: 1, name: 'Registration: Closing event' }).waitFor();
    await page.getByText('Seats: 1. Registered: 1. On the waiting list: 0.').waitFor();
    await page.getByText('Registration closes', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await tabTo(
      page,
      (focused) => focused.tag === 'button' && focused.text === 'Join the waiting list',
    );
    await page.keyboard.press('Enter');
    await page.getByText('You are number 1 on the waiting list.', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'registration', 'en');

    // The seat holder cancels: the waiting person has the seat at once, and a mail.
    await graphqlOk(app.testApp, CANCEL, { input: { eventId } }, holder.headers);
    await page.reload();
    await page.getByText('You are registered and hold a seat.').waitFor();
    const [mail] = await dataSource.query<Array<{ subject: string }>>(
      `SELECT subject FROM outbox_messages WHERE type = 'EVENT_REGISTRATION_PROMOTED' AND to_address = $1`,
      [waiting.user.email],
    );
    expect(mail.subject).toBe('You have a seat from the waiting list: Closing event');
    await page.getByRole('button', { name: 'Cancel my registration' }).click();
    await page.getByRole('button', { name: 'Register' }).waitFor();

    // In Finnish: the contact registers into the free seat.
    await dataSource.query(`UPDATE users SET locale = 'fi' WHERE id = $1`, [team.contact.user.id]);
    const finnish = await app.newPage('fi');
    await finnish.goto(address);
    await finnish.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(finnish, team.contact.user.email);
    await finnish
      .getByRole('heading', { level: 1, name: 'Ilmoittautuminen: Päätöstilaisuus' })
      .waitFor();
    await finnish.getByRole('button', { name: 'Ilmoittaudu', exact: true }).click();
    await finnish.getByText('Olet ilmoittautunut, ja sinulla on paikka.').waitFor();
    await expectNoSeriousA11yViolations(finnish);
    await screenshot(finnish, 'registration', 'fi');

    // Staff cancel the event: the panel says so, with no buttons, and the contact was mailed.
    await graphqlOk(
      app.testApp,
      `mutation ($input: CancelEventInput!) { cancelEvent(input: $input) { id } }`,
      { input: { eventId } },
      admin.headers,
    );
    await finnish.reload();
    await finnish
      .getByText('Tapahtuma on peruttu. Ilmoittautuneille on kerrottu siitä sähköpostilla.')
      .waitFor();
    expect(await finnish.getByRole('button', { name: /Peru|Ilmoittaudu/ }).count()).toBe(0);
    const [cancelled] = await dataSource.query<Array<{ subject: string }>>(
      `SELECT subject FROM outbox_messages WHERE type = 'EVENT_REGISTRATION_EVENT_CANCELLED' AND to_address = $1`,
      [team.contact.user.email],
    );
    expect(cancelled.subject).toBe('Tapahtuma on peruttu: Päätöstilaisuus');
    await expectNoSeriousA11yViolations(finnish);

    // An outsider (a member of no cohort organisation) sees why there is no button.
    const outsider = await createSignedInUser(dataSource, { locale: Locale.en });
    const other = await app.newPage('en');
    await other.goto(address);
    await other.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(other, outsider.user.email);
    await other.getByText("Only the event's audience can register.").waitFor();
    expect(await other.getByRole('button', { name: /Register|Join/ }).count()).toBe(0);
    await expectNoSeriousA11yViolations(other);
  });
});
