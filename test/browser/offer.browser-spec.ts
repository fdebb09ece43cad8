// The organisation's decision page and the cohort page in a real browser: an accepted
// organisation's contact sees the offer with its deadline in the academy's zone and confirms
// it by keyboard, a second one declines with a reason and its seat goes to the reserve, whose
// contact sees the offer from the reserve list; the remaining reserve sees its position; the
// cohort page lists the confirmed organisation and its team, and refuses an outsider with the
// page's own message. axe on each state, screenshots fi and en.
import { Locale } from '../../src/common/i18n/locale.js';
import { AcademyStatus } from '../../src/modules/academies/academy.enums.js';
import { createAcademy } from '../factories/academies.js';
import { insertSubmittedApplications, releaseSelection } from '../factories/offers.js';
import { createAdmin } from '../factories/users.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  tabTo,
  type BrowserApp,
} from './browser-app.js';

const NOW = new Date('2026-06-18T09:00:00Z');

describe('decision and cohort pages in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ now: NOW });
  });
  afterAll(() => app?.close());

  const h1 = (page: import('playwright-core').Page, name: string | RegExp) =>
    page.getByRole('heading', { level: 1, name }).waitFor();

  it('confirms and declines offers, promotes the reserve, and shows the cohort', async () => {
    const dataSource = app.testApp.dataSource;
    const admin = await createAdmin(dataSource);
    const academy = await createAcademy(dataSource, {
      capacity: 2,
      status: AcademyStatus.SELECTION,
    });
    const [first, second, reserve, lastReserve] = await insertSubmittedApplications(
      dataSource,
      academy.id,
      4,
    );
    await releaseSelection(app.testApp, {
      academy,
      accepted: [first, second],
      reserves: [reserve, lastReserve],
      // 30.6.2026 16.00 in Helsinki.
      respondBy: new Date('2026-06-30T13:00:00Z'),
      releasedAt: NOW,
      stagedBy: admin.user,
    });
    const title = academy.title.en!;

    // The first contact confirms, by keyboard.
    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/academies/${academy.slug}/decision`);
    await page.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(page, first.contact.user.email);
    await h1(page, `Decision: ${title}`);
    await page.getByText('Your organisation has been offered a place.').waitFor();
    await page.getByText('Confirm or decline by 30 June 2026 at 16:00', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'offer', 'en');
    await tabTo(
      page,
      (focused) => focused.tag === 'button' && focused.text === 'Confirm participation',
    );
    await page.keyboard.press('Enter');
    await page.getByText('You have confirmed your participation.').waitFor();

    // The cohort: the confirmed organisation and its named team.
    await page.getByRole('link', { name: 'The cohort' }).click();
    await h1(page, `Cohort: ${title}`);
    const organisations = page.getByTestId('cohort-organisation');
    await organisations.first().waitFor();
    expect(await organisations.count()).toBe(1);
    expect(await organisations.first().innerText()).toContain(first.team.responsible);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'cohort', 'en');

    // The second contact declines with a reason, in Finnish; its seat goes to the reserve.
    await dataSource.query(`UPDATE users SET locale = 'fi' WHERE id = $1`, [
      second.contact.user.id,
    ]);
    const finnish = await app.newPage('fi');
    await finnish.goto(`${app.clientUrl}/academies/${academy.slug}/decision`);
    await finnish.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(finnish, second.contact.user.email);
    await h1(finnish, `Päätös: ${academy.title.fi}`);
    await expectNoSeriousA11yViolations(finnish);
    await screenshot(finnish, 'offer', 'fi');
    await finnish.getByRole('button', { name: 'Kieltäydy paikasta' }).click();
    await finnish
      .getByRole('textbox', { name: /Miksi kieltäydytte/ })
      .fill('Valtuusto ei hyväksynyt');
    await finnish.getByRole('button', { name: 'Kieltäydy paikasta lopullisesti' }).click();
    await finnish.getByText('Olette kieltäytyneet paikasta.').waitFor();
    // A member of another organisation: the cohort page says why it is not shown.
    await finnish.goto(`${app.clientUrl}/academies/${academy.slug}/cohort`);
    await h1(finnish, `Kohortti: ${academy.title.fi}`);
    await finnish
      .getByRole('alert')
      .filter({ hasText: 'Kohortti näytetään akatemian henkilökunnalle' })
      .waitFor();

    // The promoted reserve sees its offer; the last reserve is now first in the queue.
    const promoted = await app.newPage('en');
    await promoted.goto(`${app.clientUrl}/academies/${academy.slug}/decision`);
    await promoted.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(promoted, reserve.contact.user.email);
    await promoted
      .getByText('Your organisation has been offered a place. (from the reserve list)')
      .waitFor();
    const waiting = await app.newPage('en');
    await waiting.goto(`${app.clientUrl}/academies/${academy.slug}/decision`);
    await waiting.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(waiting, lastReserve.contact.user.email);
    await waiting.getByText('on the reserve list, position 1', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(waiting);

    // Staff read the cohort too: a Finnish-speaking admin, for the screenshot.
    const finnishAdmin = await createAdmin(dataSource, { locale: Locale.fi });
    const member = await app.newPage('fi');
    await member.goto(`${app.clientUrl}/academies/${academy.slug}/cohort`);
    await member.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(member, finnishAdmin.user.email);
    await h1(member, `Kohortti: ${academy.title.fi}`);
    await member.getByTestId('cohort-organisation').waitFor();
    await screenshot(member, 'cohort', 'fi');
  });
});
