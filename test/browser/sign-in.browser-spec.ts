// Signing in in a real browser: ask for a link, open it from the caught mail, see who is
// signing in, press the button by keyboard, and be signed in through the session cookie.
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
});
