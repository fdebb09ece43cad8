// The team's pilot page in a real browser: a contact of a cohort organisation sees its pilot
// (created when it joined the cohort), is refused a due date that does not exist with the
// API's message at the field, adds a task, sees it overdue once the clock passes its due date
// (on schedule as declared, behind by the dates), and marks it done. axe on each state,
// screenshots fi and en.
import { Locale } from '../../src/common/i18n/locale.js';
import { AcademyStatus } from '../../src/modules/academies/academy.enums.js';
import { CohortParticipantRole } from '../../src/modules/cohort/cohort.enums.js';
import { CohortService } from '../../src/modules/cohort/cohort.service.js';
import { createAcademy } from '../factories/academies.js';
import { createOrganisation } from '../factories/organisations.js';
import { createSignedInUser } from '../factories/users.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './browser-app.js';

const NOW = new Date('2027-09-01T09:00:00Z');

describe('pilot page in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ now: NOW });
  });
  afterAll(() => app?.close());

  it('shows the pilot, adds a task, marks it overdue by the dates and done', async () => {
    const dataSource = app.testApp.dataSource;
    const academy = await createAcademy(dataSource, { status: AcademyStatus.RUNNING });
    const contact = await createSignedInUser(dataSource, {
      name: 'Kaisa Kontakti',
      locale: Locale.en,
    });
    const organisation = await createOrganisation(dataSource, contact.user, {
      name: 'Esimerkkilän kaupunki',
    });
    // Joining the cohort as a confirmation does: the pilot comes with it.
    await dataSource.transaction((manager) =>
      app.testApp.app.get(CohortService).addMember(manager, academy.id, organisation.id, [
        {
          userId: contact.user.id,
          name: 'Kaisa Kontakti',
          email: contact.user.email,
          role: CohortParticipantRole.RESPONSIBLE,
          teamRole: null,
        },
      ]),
    );

    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/academies/${academy.slug}/pilot`);
    await page.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(page, contact.user.email);
    await page
      .getByRole('heading', { level: 1, name: `Pilot procurement: ${academy.title.en!}` })
      .waitFor();
    await page.getByText('Not started').first().waitFor();
    await page.getByText('No tasks yet.').waitFor();
    await expectNoSeriousA11yViolations(page);

    // 31.11. does not exist: the API's message at the field, nothing added.
    await page.getByRole('textbox', { name: 'Task' }).fill('Markkinavuoropuhelu');
    await page.getByRole('textbox', { name: /Due date/ }).fill('2027-11-31');
    await page.getByRole('button', { name: 'Add the task' }).click();
    await page.getByText('That date does not exist.', { exact: false }).waitFor();
    await page.getByText('No tasks yet.').waitFor();

    await page.getByRole('textbox', { name: /Due date/ }).fill('2027-09-15');
    await page.getByRole('button', { name: 'Add the task' }).click();
    await page.getByText('The task was added.').waitFor();
    await page
      .getByTestId('tasks')
      .getByText(/Markkinavuoropuhelu · due 15\.9\.2027/)
      .waitFor();
    await page.getByText('Nothing overdue').waitFor();

    // Past its due date in Helsinki: overdue, behind, although declared on schedule.
    app.testApp.clock.set(new Date('2027-09-16T06:00:00Z'));
    await page.reload();
    // Two weeks on, the sign-in session may have lapsed: sign in again (back to this page).
    const signIn = page.getByRole('button', { name: 'Send sign-in link' });
    const overdue = page.getByTestId('tasks').getByText('Overdue');
    await signIn.or(overdue).first().waitFor();
    if (await signIn.isVisible()) await app.signInAs(page, contact.user.email);
    await overdue.waitFor();
    await page.getByText('Behind — overdue tasks: 1').waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'pilot', 'en');

    await page.getByRole('button', { name: 'Mark Markkinavuoropuhelu done' }).click();
    await page.getByText('Markkinavuoropuhelu is done.').waitFor();
    await page.getByText('Nothing overdue').waitFor();

    // The signed-in person's own language wins over the browser's: make it Finnish.
    await dataSource.query(`UPDATE users SET locale = 'fi' WHERE id = $1`, [contact.user.id]);
    const finnish = await app.newPage('fi');
    await finnish.goto(`${app.clientUrl}/academies/${academy.slug}/pilot`);
    await finnish.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(finnish, contact.user.email);
    await finnish
      .getByRole('heading', { level: 1, name: `Pilottihankinta: ${academy.title.fi}` })
      .waitFor();
    await finnish.getByText('Ei aloitettu').first().waitFor();
    await expectNoSeriousA11yViolations(finnish);
    await screenshot(finnish, 'pilot', 'fi');
  });
});
