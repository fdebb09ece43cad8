// Signing in in a real browser: ask for a link, open it from the caught mail, see who is
// signing in, press the button by keyboard, and be signed in through the session cookie.
import { createAcademy } from '../factories/index.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  tabTo,
  type BrowserApp,
} from './browser-app.js';

describe('sign-in in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  /** Asks for a link on the page (prefilled by ?email=) and answers the link from the mail. */
  async function requestLink(language: 'fi' | 'en', email: string) {
    const page = await app.newPage(language);
    await page.goto(`${app.clientUrl}/sign-in?email=${encodeURIComponent(email)}`);
    const field = page.getByRole('textbox', {
      name: language === 'fi' ? 'Sähköpostiosoite' : 'E-mail address',
    });
    expect(await field.inputValue()).toBe(email);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'sign-in', language);
    await page
      .getByRole('button', {
        name: language === 'fi' ? 'Lähetä kirjautumislinkki' : 'Send sign-in link',
      })
      .click();
    await page
      .getByText(language === 'fi' ? 'Tarkista sähköpostisi' : 'Check your e-mail')
      .waitFor();
    await app.testApp.sendMail();
    const mails = app.smtp.to(email);
    expect(mails).toHaveLength(1);
    const link = /https:\/\/akatemia\.test(\/sign-in\?token=[A-Za-z0-9_%-]+)/.exec(
      mails[0].text ?? '',
    );
    expect(link).not.toBeNull();
    return { page, path: link![1] };
  }

  it('shows the API’s field message next to the e-mail field', async () => {
    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/sign-in`);
    await page.getByRole('textbox', { name: 'E-mail address' }).fill('not an address');
    await page.getByRole('button', { name: 'Send sign-in link' }).click();
    const field = page.getByRole('textbox', { name: 'E-mail address' });
    const describedBy = await field.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    const status = page.locator(`[id="${describedBy!.split(' ').at(-1)}"]`);
    await status.waitFor();
    expect((await status.innerText()).length).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);
  });

  it('link from the mail → who is signing in → the button by keyboard → signed in, after a reload too', async () => {
    const email = 'anna.browser@example.fi';
    const { page, path } = await requestLink('en', email);

    await page.goto(`${app.clientUrl}${path}`);
    await page.getByTestId('sign-in-email').waitFor();
    expect(await page.getByTestId('sign-in-email').innerText()).toBe(email);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'sign-in-link', 'en');

    await tabTo(page, (focused) => focused.tag === 'button' && focused.text === 'Sign in');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${app.clientUrl}/`);
    await page.getByTestId('signed-in-person').waitFor();
    expect(await page.getByTestId('signed-in-person').innerText()).toBe(email);
    // The session is the HttpOnly cookie: scripts cannot read it, and it survives a reload.
    expect(await page.evaluate(() => document.cookie)).not.toContain('akatemia_session');
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe('{}');
    await page.reload();
    await page.getByTestId('signed-in-person').waitFor();

    // The link works once: opened again, it says so and offers a new one.
    await page.goto(`${app.clientUrl}${path}`);
    await page.getByText('The sign-in link has already been used.').waitFor();
    await page.getByRole('link', { name: 'Ask for a new sign-in link' }).waitFor();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
  });

  it('in Finnish: the code typed from the mail signs in too', async () => {
    const email = 'koodi.kayttaja@example.fi';
    const { page, path } = await requestLink('fi', email);
    const code = new URLSearchParams(path.split('?')[1]).get('token')!;
    // The link's page in Finnish (opening it uses nothing; only its button would).
    await page.goto(`${app.clientUrl}${path}`);
    await page.getByTestId('sign-in-email').waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'sign-in-link', 'fi');
    await page.goto(`${app.clientUrl}/sign-in`);
    await page.getByRole('textbox', { name: 'Kirjautumiskoodi sähköpostista' }).fill(code);
    await page.getByRole('button', { name: 'Kirjaudu koodilla' }).click();
    await page.getByTestId('signed-in-person').waitFor();
    expect(await page.getByTestId('signed-in-person').innerText()).toBe(email);
  });

  it('the mail’s link, opened in another browser, brings the person back to the page that sent them (next)', async () => {
    const academy = await createAcademy(app.testApp.dataSource);
    const target = `/academies/${academy.slug}/application`;
    const email = 'next.browser@example.fi';
    const asking = await app.newPage('en');
    await asking.goto(`${app.clientUrl}${target}`);
    await asking.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(asking.url()).searchParams.get('next')).toBe(target);
    await asking.getByRole('textbox', { name: 'E-mail address' }).fill(email);
    await asking.getByRole('button', { name: 'Send sign-in link' }).click();
    await asking.getByText('Check your e-mail').waitFor();
    await app.testApp.sendMail();
    const link = /https:\/\/akatemia\.test(\/sign-in\?\S+)/.exec(app.smtp.to(email)[0].text ?? '');
    expect(new URLSearchParams(link![1].split('?')[1]).get('next')).toBe(target);

    // A fresh context: nothing of the asking tab (sessionStorage, cookies) is there.
    const opening = await app.newPage('en');
    await opening.goto(`${app.clientUrl}${link![1]}`);
    await opening.getByRole('button', { name: 'Sign in' }).click();
    await opening.waitForURL((url) => url.pathname === target);
    await opening.getByTestId('signed-in-person').waitFor();
  });

  it('ignores a next that URL parsing would read as another host (/%09/evil.example)', async () => {
    const email = 'tab.next@example.fi';
    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/sign-in?next=/%09/evil.example`);
    await page.getByRole('textbox', { name: 'E-mail address' }).fill(email);
    await page.getByRole('button', { name: 'Send sign-in link' }).click();
    await page.getByText('Check your e-mail').waitFor();
    await app.testApp.sendMail();
    const text = app.smtp.to(email)[0].text ?? '';
    expect(text).not.toContain('next=');
    const code = /token=([A-Za-z0-9_-]+)/.exec(text)![1];
    await page.getByRole('textbox', { name: 'Sign-in code from the e-mail' }).fill(code);
    await page.getByRole('button', { name: 'Sign in with the code' }).click();
    await page.getByTestId('signed-in-person').waitFor();
    expect(new URL(page.url()).origin).toBe(app.clientUrl);
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('keeps the person shown and says so when signing out fails', async () => {
    const email = 'signout.fails@example.fi';
    const page = await app.newPage('en');
    await app.signInAs(page, email);
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('SignOut')) await route.abort('failed');
      else await route.fallback();
    });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('alert').filter({ hasText: 'You were not signed out' }).waitFor();
    expect(await page.getByTestId('signed-in-person').innerText()).toBe(email);
    // The session still works: a reload shows the person.
    await page.unroute('**/graphql');
    await page.reload();
    await page.getByTestId('signed-in-person').waitFor();
  });

  it('does not take a failure to read me (RATE_LIMITED) for signed out: an error and Try again', async () => {
    const page = await app.newPage('en');
    let refuse = true;
    await page.route('**/graphql', async (route) => {
      if (refuse && route.request().postData()?.includes('query Me')) {
        await route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({
            data: null,
            errors: [{ message: 'Too many requests.', extensions: { code: 'RATE_LIMITED' } }],
          }),
        });
      } else await route.fallback();
    });
    await page.goto(`${app.clientUrl}/profile`);
    const alert = page.getByRole('alert').filter({ hasText: 'We could not check whether' });
    await alert.waitFor();
    // Not sent to sign in, no "Sign in" link: who is signed in is not known.
    expect(new URL(page.url()).pathname).toBe('/profile');
    expect(await page.getByRole('link', { name: 'Sign in', exact: true }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    refuse = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    // Now the API answers: nobody is signed in, so the page sends them to sign in.
    await page.waitForURL((url) => url.pathname === '/sign-in');
  });
});
