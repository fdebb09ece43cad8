// The next-edition copy in a real browser: the programme manager reaches
// /admin/academies/:id/next-edition from the academy page, previews a year's shift (an
// event at 03:30 on the eve of the spring-forward Sunday lands in the missing hour and is
// marked), is refused with the item named and nothing created (Finnish); with a clean
// source (English) the preview shows 10:00 kept across DST and the copy opens the new
// DRAFT's edit page. axe on each state, screenshots fi and en.
import type { Page } from 'playwright-core';
import { Locale } from '../../src/common/i18n/locale.js';
import { AcademyEntity } from '../../src/modules/academies/entities/academy.entity.js';
import { createAcademy } from '../factories/academies.js';
import { scheduleEvent } from '../factories/timeline.js';
import { createAdmin } from '../factories/users.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './browser-app.js';

describe('next edition page in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ now: new Date('2026-06-10T09:00:00Z') });
  });
  afterAll(() => app?.close());

  const h1 = (page: Page, name: string | RegExp) =>
    page.getByRole('heading', { level: 1, name }).waitFor();

  it('refuses a shift onto a missing local time, naming the event (fi)', async () => {
    const dataSource = app.testApp.dataSource;
    const academy = await createAcademy(dataSource, {
      title: { fi: 'Kiertotalousakatemia 2026', sv: null, en: 'Circular academy 2026' },
    });
    const admin = await createAdmin(dataSource, { locale: Locale.fi });
    // 03:30 on Saturday 28.3.2026 exists; on Sunday 28.3.2027 Helsinki skips 03:00–04:00.
    await scheduleEvent(app.testApp, admin, {
      academyId: academy.id,
      title: { fi: 'Aamun työpaja' },
      startsAt: '2026-03-28T03:30',
      endsAt: '2026-03-28T05:00',
    });
    await scheduleEvent(app.testApp, admin, {
      academyId: academy.id,
      title: { fi: 'Lokakuun työpaja' },
      startsAt: '2026-10-27T10:00',
      endsAt: '2026-10-27T11:30',
    });

    const page = await app.newPage('fi');
    await page.goto(`${app.clientUrl}/sign-in?next=/admin/academies/${academy.id}`);
    await app.signInAs(page, admin.user.email);
    await page.getByRole('link', { name: 'Luo seuraava toteutus' }).click();
    await h1(page, 'Seuraava toteutus: Kiertotalousakatemia 2026');
    await page.locator('#edition-slug').fill('kiertotalous-2027');
    await page.locator('#edition-year').fill('2027');
    await page.getByRole('button', { name: 'Esikatsele ajat' }).click();
    const preview = page.getByTestId('edition-preview');
    await preview.waitFor();
    await preview.getByText('28.3.2027 03.30 ei ole olemassa (kesäaikaan siirtyminen)').waitFor();
    await page
      .getByText('Aikoja, joita ei ole olemassa uutena vuonna: 1.', { exact: false })
      .waitFor();

    await page.getByRole('button', { name: 'Luo seuraava toteutus' }).click();
    const refused = page.getByTestId('nonexistent-times');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('Tapahtuma: Aamun työpaja — Alkaa 28.3.2027 03.30');
    expect(
      await dataSource.getRepository(AcademyEntity).existsBy({ slug: 'kiertotalous-2027' }),
    ).toBe(false);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'next-edition', 'fi');
  });

  it('previews 10:00 kept across DST and opens the new draft (en)', async () => {
    const dataSource = app.testApp.dataSource;
    const academy = await createAcademy(dataSource, {
      title: { fi: 'Akatemia 2026', sv: null, en: 'Academy 2026' },
    });
    const admin = await createAdmin(dataSource, { locale: Locale.en });
    await scheduleEvent(app.testApp, admin, {
      academyId: academy.id,
      title: { fi: 'Lokakuun työpaja', en: 'October workshop' },
      startsAt: '2026-10-27T10:00',
      endsAt: '2026-10-27T11:30',
    });

    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/sign-in?next=/admin/academies/${academy.id}/next-edition`);
    await app.signInAs(page, admin.user.email);
    await h1(page, 'Next edition: Academy 2026');
    await page.locator('#edition-slug').fill('academy-2027');
    await page.getByText('By days, to a new application deadline date').click();
    await page.locator('#edition-date').fill('30.5.2027');
    await page.getByRole('button', { name: 'Preview the times' }).click();
    const preview = page.getByTestId('edition-preview');
    await preview.waitFor();
    await page.getByText('Shift: 364 day(s).').waitFor();
    // 27.10.2026 10:00 (+02) → 26.10.2027 10:00 (+03): the same wall-clock time.
    const row = preview.locator('tr', { hasText: 'Event: October workshop' }).first();
    expect(await row.innerText()).toMatch(/27 October 2026.*10:00[\s\S]*26 October 2027.*10:00/);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'next-edition', 'en');

    await page.getByRole('button', { name: 'Create the next edition' }).click();
    await page.waitForURL(/\/admin\/academies\/[0-9a-f-]{36}$/);
    const copy = await dataSource
      .getRepository(AcademyEntity)
      .findOneByOrFail({ slug: 'academy-2027' });
    expect(page.url()).toContain(`/admin/academies/${copy.id}`);
    expect(copy.previousEditionId).toBe(academy.id);
    await h1(page, 'Academy 2026');
    await page.getByTestId('admin-academy-status').getByText('Draft').waitFor();
  });
});
