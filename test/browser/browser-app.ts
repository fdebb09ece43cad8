// Browser tests: Debian's Chromium driven by playwright-core against the real app (embedded
// PostgreSQL, mail caught on loopback SMTP) and the built client in web/dist.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/bench/web-client.js';
import { TestSmtpServer } from '../helpers/smtp.js';
import { startTestApp, type TestApp, type TestAppOptions } from '../helpers/test-app.js';

// Debian's Chromium and its flags, shared with the bench's first-render measurement.
export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/bench/web-client.js';

export const WEB_DIST = path.resolve(import.meta.dirname, '../../web/dist');

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: apt-get install chromium (.ci/run does), or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** The app serves web/dist at `/` (src/common/http/web-client.ts); the specs need it to. */
async function expectClientServed(appUrl: string): Promise<void> {
  const home = await fetch(`${appUrl}/`, { headers: { accept: 'text/html' } });
  const html = await home.text();
  if (!home.ok || !html.includes('<div id="root">')) {
    throw new Error(`The app does not serve the web client at / (HTTP ${home.status})`);
  }
}

export interface BrowserApp {
  testApp: TestApp;
  smtp: TestSmtpServer;
  browser: Browser;
  /** Where the browser opens the client: the app itself. */
  clientUrl: string;
  /** A new browser context (no cookies) whose navigator.languages start with `language`. */
  newPage(language: 'fi' | 'sv' | 'en'): Promise<Page>;
  /**
   * Signs `page` in as `email` the way a person does: asks for a link on the sign-in page
   * (the one it is on, else /sign-in), opens the link from the caught mail and presses the
   * button. Resolves once the header shows the person, wherever the client went next.
   */
  signInAs(page: Page, email: string): Promise<void>;
  close(): Promise<void>;
}

/** The real app with mail on a loopback SMTP server, the built client, and Chromium. */
export async function startBrowserApp(options: TestAppOptions = {}): Promise<BrowserApp> {
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error('web/dist is missing: npm run build (npm test builds first)');
  }
  const smtp = new TestSmtpServer();
  await smtp.start();
  const testApp = await startTestApp({ ...options, env: { SMTP_URL: smtp.url, ...options.env } });
  await expectClientServed(testApp.url);
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    testApp,
    smtp,
    browser,
    clientUrl: testApp.url,
    async newPage(language) {
      const context = await browser.newContext({
        locale: { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[language],
        viewport: { width: 1280, height: 900 },
        timezoneId: 'Europe/Helsinki',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      return page;
    },
    async signInAs(page, email) {
      if (new URL(page.url()).pathname !== '/sign-in') await page.goto(`${testApp.url}/sign-in`);
      const sentBefore = smtp.to(email).length;
      await page.locator('input[name="email"]').fill(email);
      await page.locator('form:has(input[name="email"]) button[type="submit"]').click();
      // "Check your e-mail" (a suomifi Notification) says the request went through.
      await page.locator('form:has(input[name="email"]) .fi-notification').waitFor();
      await testApp.sendMail();
      // Other mail (a booking's invitation) may reach the same address in the same pass:
      // the link is in the newest mail that carries one.
      const link = smtp
        .to(email)
        .slice(sentBefore)
        .flatMap(
          (mail) =>
            // The link carries `&next=` when the sign-in was asked for on the way to a page.
            /https?:\/\/[^/\s]+(\/sign-in\?token=[A-Za-z0-9_%-]+(?:&next=[^\s&]+)?)/.exec(
              mail.text ?? '',
            )?.[1] ?? [],
        )
        .at(-1);
      if (!link) throw new Error(`No sign-in link in the mail to ${email}`);
      await page.goto(`${testApp.url}${link}`);
      // The link page's only button in <main> is "sign in" (in whichever language).
      await page.locator('main button').first().click();
      await page.waitForURL((url) => url.pathname !== '/sign-in');
      await page.getByTestId('signed-in-person').waitFor();
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await testApp.close();
      await smtp.stop();
    },
  };
}

/** Fails on any serious or critical axe-core violation of WCAG 2.1 A/AA on the page as it is. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  expect({ url: page.url(), serious }).toEqual({ url: page.url(), serious: [] });
}

/** With UPDATE_SCREENSHOTS=1, saves docs/screenshots/<name>-<language>.png (the full page). */
const MAX_SCREENSHOT_HEIGHT = 4000;

export async function screenshot(page: Page, name: string, language: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  const directory = path.resolve(import.meta.dirname, '../../docs/screenshots');
  await mkdir(directory, { recursive: true });
  // The whole page, cut at 4000 px: a long admin form would otherwise make a half-megabyte file
  // whose lower part nobody reads in the docs.
  const { width, height } = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
  await page.screenshot({
    path: path.join(directory, `${name}-${language}.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width, height: Math.min(height, MAX_SCREENSHOT_HEIGHT) },
  });
}

/**
 * Presses Tab until `isTarget` holds for the focused element (at most `limit` presses), so a
 * spec proves that the keyboard alone reaches it; fails with the path it walked otherwise.
 */
export async function tabTo(
  page: Page,
  isTarget: (element: { tag: string; text: string; id: string; label: string }) => boolean,
  limit = 30,
): Promise<void> {
  const walked: string[] = [];
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return {
        tag: element?.tagName.toLowerCase() ?? '',
        text: element?.innerText.trim() ?? '',
        id: element?.id ?? '',
        label: element?.getAttribute('aria-label') ?? '',
      };
    });
    walked.push(`${focused.tag}#${focused.id}[${focused.text || focused.label}]`);
    if (isTarget(focused)) return;
  }
  throw new Error(`Tab never reached the target; focus went ${walked.join(' → ')}`);
}
