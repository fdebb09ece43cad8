// My data in a real browser: the profile links to /my-data; the person asks for an export
// and sees it listed as being prepared; the archive is built (the job's own code, called
// here: jobs do not run in browser specs) and the mailed link opens the download page, whose
// button saves the zip once — a second try says the link was used. The token leaves the
// address at once (never in the sign-in redirect's next= or the sign-in mail). An organisation's contact
// asks for the organisation's export on its page. axe on each state, screenshots fi and en.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { Locale } from '../../src/common/i18n/locale.js';
import { DataExportsService } from '../../src/modules/privacy/export/data-exports.service.js';
import {
  addMember,
  createOrganisationWithContact,
  createSignedInUser,
} from '../factories/index.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  tabTo,
  type BrowserApp,
} from './browser-app.js';

describe('my data in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

  /** Builds the person's newest export as the job would, and answers the mailed link's path. */
  async function buildAndLink(userId: string, email: string): Promise<string> {
    const [row] = await app.testApp.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM data_exports WHERE requested_by_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [userId],
    );
    await app.testApp.app.get(DataExportsService).build(row.id);
    const [mail] = await app.testApp.dataSource.query<Array<{ text_body: string }>>(
      `SELECT text_body FROM outbox_messages WHERE type = 'DATA_EXPORT_READY' AND to_address = $1
       ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    const path = /https:\/\/akatemia\.test(\/my-data\/download\/[A-Za-z0-9_-]+)/.exec(
      mail.text_body,
    )?.[1];
    if (!path) throw new Error('No download link in the mail');
    return path;
  }

  it('asks for an export, downloads it once from the mailed link, and asks for the organisation’s', async () => {
    const { organisation, contact } = await createOrganisationWithContact(app.testApp.dataSource);
    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/profile`);
    await app.signInAs(page, contact.user.email);
    await page.goto(`${app.clientUrl}/profile`);
    await h1(page, 'My profile');
    await page.getByRole('main').getByRole('link', { name: 'My data' }).click();
    await h1(page, 'My data');
    await page.getByText('You have not requested any data exports.').waitFor();
    expect(await page.getByRole('link', { name: 'Delete my account' }).getAttribute('href')).toBe(
      '/my-data/delete-account',
    );

    await page.getByRole('button', { name: 'Request my data' }).click();
    await page.getByRole('status').filter({ hasText: 'Your data export was requested.' }).waitFor();
    await page.getByTestId('data-exports').getByText('Being prepared').waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'my-data', 'en');

    // Once an hour: a second request is refused in the page's language.
    await page.getByRole('button', { name: 'Request my data' }).click();
    await page.getByRole('alert').filter({ hasText: 'Too many attempts' }).waitFor();

    const link = await buildAndLink(contact.user.id, contact.user.email);
    await page.goto(`${app.clientUrl}${link}`);
    await h1(page, 'Download your data');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'data-export-download', 'en');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the zip archive' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^akatemia-person-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(await readFile(await download.path())));
    const profile = JSON.parse(strFromU8(files['profile.json'])) as Array<{ email: string }>;
    expect(profile[0].email).toBe(contact.user.email);
    await page.getByRole('status').filter({ hasText: 'The download started.' }).waitFor();

    // The token left the address bar at once, and is forgotten after the download.
    expect(new URL(page.url()).pathname).toBe('/my-data/download');
    await page.reload();
    await page.getByText('No download link is open here.').waitFor();
    // The link worked once.
    await page.goto(`${app.clientUrl}${link}`);
    await h1(page, 'Download your data');
    await page.getByRole('button', { name: 'Download the zip archive' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'This download link has already been used.' })
      .waitFor();
    await page.goto(`${app.clientUrl}/my-data`);
    await page.getByTestId('data-exports').getByText('Downloaded').waitFor();

    // The organisation's data, on its page, for its contact.
    await page.goto(`${app.clientUrl}/organisations/${organisation.id}`);
    await page.getByRole('button', { name: 'Request the organisation’s data' }).click();
    await page.getByRole('status').filter({ hasText: 'The export was requested.' }).waitFor();
    const [requested] = await app.testApp.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM data_exports WHERE organisation_id = $1`,
      [organisation.id],
    );
    expect(requested.n).toBe(1);
    await expectNoSeriousA11yViolations(page);

    // A plain member is not offered the organisation's export (the API refuses it too).
    const member = await createSignedInUser(app.testApp.dataSource, { email: 'jasen@example.fi' });
    await addMember(app.testApp.dataSource, organisation, member.user);
    const memberPage = await app.newPage('en');
    await memberPage.goto(`${app.clientUrl}/organisations/${organisation.id}`);
    await app.signInAs(memberPage, member.user.email);
    await memberPage.goto(`${app.clientUrl}/organisations/${organisation.id}`);
    await memberPage.getByRole('heading', { level: 2, name: 'Members' }).waitFor();
    expect(
      await memberPage.getByRole('button', { name: 'Request the organisation’s data' }).count(),
    ).toBe(0);
  });

  it('keeps the link’s token out of the sign-in redirect and the sign-in mail', async () => {
    const person = await createSignedInUser(app.testApp.dataSource, {
      email: 'lataaja@example.fi',
    });
    await app.testApp.graphql('mutation { requestMyDataExport { id } }', {}, person.headers);
    const link = await buildAndLink(person.user.id, person.user.email);
    const token = link.split('/').at(-1)!;
    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}${link}`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/my-data/download');
    expect(page.url()).not.toContain(token);

    await app.signInAs(page, person.user.email);
    await h1(page, 'Download your data');
    expect(page.url()).not.toContain(token);
    const mails = await app.testApp.dataSource.query<Array<{ type: string; text_body: string }>>(
      `SELECT type, text_body FROM outbox_messages WHERE to_address = $1`,
      [person.user.email],
    );
    expect(mails.filter((mail) => mail.type !== 'DATA_EXPORT_READY').length).toBeGreaterThan(0);
    expect(
      mails.filter((mail) => mail.type !== 'DATA_EXPORT_READY' && mail.text_body.includes(token)),
    ).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the zip archive' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^akatemia-person-/);
  });

  it('shows the pages in Finnish', async () => {
    const person = await createSignedInUser(app.testApp.dataSource, {
      email: 'omat.tiedot@example.fi',
      locale: Locale.fi,
    });
    const page = await app.newPage('fi');
    await page.goto(`${app.clientUrl}/my-data`);
    await app.signInAs(page, person.user.email);
    await page.goto(`${app.clientUrl}/my-data`);
    await h1(page, 'Omat tietoni');
    // By keyboard.
    await tabTo(page, (focused) => focused.tag === 'button' && focused.text === 'Pyydä tietoni');
    await page.keyboard.press('Enter');
    await page.getByTestId('data-exports').getByText('Valmistellaan').waitFor();
    expect(await page.getByRole('link', { name: 'Poista tili' }).getAttribute('href')).toBe(
      '/my-data/delete-account',
    );
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'my-data', 'fi');

    const link = await buildAndLink(person.user.id, person.user.email);
    await page.goto(`${app.clientUrl}${link}`);
    await h1(page, 'Lataa tietosi');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'data-export-download', 'fi');
  });
});
