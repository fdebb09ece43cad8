// Profile and calendar feed in a real browser: a signed-out visitor is sent to sign in (the
// real mail link) and comes back; name and language saved (the page switches, and the API
// keeps the locale); the feed address copied from the page, fetched and checked as strict
// iCalendar; a new address makes the old one answer 404; sign out everywhere ends every
// session. axe on each state, the main actions by keyboard, screenshots fi and en.
import { Locale } from '../../src/common/i18n/locale.js';
import { createExpert } from '../factories/users.js';
import { expectStrictCalendar } from '../helpers/ical.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  tabTo,
  type BrowserApp,
} from './browser-app.js';

describe('profile and calendar feed in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  const h1 = (page: import('playwright-core').Page, name: string) =>
    page.getByRole('heading', { level: 1, name }).waitFor();

  async function fetchFeed(url: string): Promise<Response> {
    // The page shows the public address (PUBLIC_URL); this app serves the same path.
    return fetch(`${app.clientUrl}${new URL(url).pathname}`);
  }

  it('signs in from /profile and back; saves name and language; copies, checks and rotates the feed; signs out everywhere', async () => {
    const email = 'profiili.henkilo@example.fi';
    // An expert with a session elsewhere (an integration's Bearer token) before the browser's.
    const elsewhere = await createExpert(app.testApp.dataSource, {
      email,
      name: 'Old Name',
      locale: Locale.en,
    });
    const page = await app.newPage('en');
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.clientUrl });

    // Signed out: /profile sends to sign in, and the mail's link brings the person back.
    await page.goto(`${app.clientUrl}/profile`);
    await page.waitForURL(`${app.clientUrl}/sign-in?next=%2Fprofile`);
    await app.signInAs(page, email);
    await page.waitForURL(`${app.clientUrl}/profile`);
    await h1(page, 'My profile');
    expect(await page.getByTestId('profile-email').innerText()).toBe(email);
    expect(await page.getByTestId('profile-roles').innerText()).toBe('Expert');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'profile', 'en');

    // Name and language, saved by keyboard: the page switches to Finnish at once.
    await page.getByRole('textbox', { name: 'Name' }).fill('Pirkko Profiili');
    // The radios by keyboard: from the chosen English up past Swedish to Finnish.
    await page.getByRole('radio', { name: 'In English (EN)' }).focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.getByRole('radio', { name: 'Suomeksi (FI)' }).isChecked()).toBe(true);
    await tabTo(page, (focused) => focused.tag === 'button' && focused.text === 'Save');
    await page.keyboard.press('Enter');
    await h1(page, 'Omat tiedot');
    await page.getByRole('status').filter({ hasText: 'Tietosi tallennettiin.' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fi');
    expect(await page.getByTestId('signed-in-person').innerText()).toBe('Pirkko Profiili');

    // Saved on the person: without this tab's own choice, a reload still comes in Finnish
    // (the browser asks for English), and the API answers the same.
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await h1(page, 'Omat tiedot');
    const me = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { name locale } }' }),
      });
      return ((await response.json()) as { data: { me: unknown } }).data.me;
    });
    expect(me).toEqual({ name: 'Pirkko Profiili', locale: 'fi' });
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'profile', 'fi');

    // The calendar feed: linked from the profile, and from the header's link.
    expect(
      await page
        .getByRole('main')
        .getByRole('link', { name: 'Oma kalenterisyöte' })
        .getAttribute('href'),
    ).toBe('/profile/calendar');
    await page.getByRole('banner').getByRole('link', { name: 'Kalenterisyöte' }).click();
    await h1(page, 'Oma kalenterisyöte');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'calendar-feed', 'fi');
    await page.locator('#language-menu').click();
    await page.getByRole('menuitem', { name: 'In English (EN)' }).click();
    await h1(page, 'My calendar feed');

    // Copy by keyboard: the status says so (a live region), and the clipboard has the address.
    await tabTo(page, (focused) => focused.tag === 'button' && focused.text === 'Copy the address');
    await page.keyboard.press('Enter');
    await page.getByTestId('copy-status').filter({ hasText: 'The address was copied.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByRole('textbox', { name: 'Feed address' }).inputValue());
    expect(copied).toMatch(/^https:\/\/akatemia\.test\/calendar\/feeds\/[^/]+\.ics$/);
    expect(
      await page
        .getByRole('link', { name: 'Subscribe in my calendar app (webcal)' })
        .getAttribute('href'),
    ).toBe(copied.replace(/^https:/, 'webcal:'));
    const feed = await fetchFeed(copied);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    expectStrictCalendar(await feed.text());
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'calendar-feed', 'en');

    // A new address, confirmed by keyboard: focus starts on "Cancel"; the old address is gone.
    await tabTo(
      page,
      (focused) => focused.tag === 'button' && focused.text === 'Change the address',
    );
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Change the feed address?' });
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Cancel');
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'The address was changed.' }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const rotated = await page.getByRole('textbox', { name: 'Feed address' }).inputValue();
    expect(rotated).not.toBe(copied);
    expect([404, 410]).toContain((await fetchFeed(copied)).status);
    const fresh = await fetchFeed(rotated);
    expect(fresh.status).toBe(200);
    expectStrictCalendar(await fresh.text());

    // Sign out everywhere (confirmed): both sessions end, the Bearer one too.
    await page.getByRole('link', { name: 'Back to my profile' }).click();
    await h1(page, 'My profile');
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page
      .getByRole('dialog', { name: 'Sign out on every device?' })
      .getByRole('button', { name: 'Sign out everywhere' })
      .click();
    await h1(page, 'You have signed out');
    await page.getByText('Sessions ended: 2.').waitFor();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    const withBearer = await app.testApp.graphql('{ me { id } }', undefined, elsewhere.headers);
    expect(withBearer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await page.reload();
    await page.waitForURL(`${app.clientUrl}/sign-in?next=%2Fprofile`);
  });
});
