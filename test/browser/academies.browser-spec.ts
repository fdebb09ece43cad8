// The public pages in a real browser: academy list → academy page, in Finnish and English,
// by keyboard alone, with no serious axe-core violation.
import { GlobalRole } from '../../src/common/auth/global-role.js';
import {
  createAcademyWithCriteria,
  createSignedInUser,
  scheduleEvent,
} from '../factories/index.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  tabTo,
  type BrowserApp,
} from './browser-app.js';

const TEXTS = {
  fi: {
    list: 'Akatemiat',
    title: 'Kiertotalouden hankinta-akatemia',
    criterion: 'Julkinen hankintayksikkö',
    help: 'Kunnat, kuntayhtymät ja muut julkiset hankintayksiköt.',
    event: 'Aloitustilaisuus',
    deadline: '31.5.2027 klo 23.59',
    calendar: 'Lisää aikataulu kalenteriin (.ics)',
  },
  en: {
    list: 'Academies',
    title: 'Circular procurement academy',
    criterion: 'Public contracting entity',
    help: 'Municipalities, joint authorities and other public buyers.',
    event: 'Kick-off',
    deadline: '31 May 2027',
    calendar: 'Add the timeline to your calendar (.ics)',
  },
} as const;

describe('academy list and academy page in Chromium', () => {
  let app: BrowserApp;
  let slug: string;
  let eventId: string;

  beforeAll(async () => {
    app = await startBrowserApp();
    const admin = await createSignedInUser(app.testApp.dataSource, { roles: [GlobalRole.ADMIN] });
    const academy = await createAcademyWithCriteria(
      app.testApp,
      admin,
      {
        title: { fi: TEXTS.fi.title, sv: null, en: TEXTS.en.title },
        description: {
          sv: null,
          fi: 'Seitsemän julkista hankkijaa kehittää kiertotalouden pilottihankinnan.',
          en: 'Seven public buyers develop a circular-economy pilot procurement.',
        },
      },
      [
        {
          kind: 'ORGANISATION_TYPE',
          severity: 'HARD',
          label: { fi: TEXTS.fi.criterion, en: TEXTS.en.criterion },
          help: { fi: TEXTS.fi.help, en: TEXTS.en.help },
          parameters: { organisationTypes: ['MUNICIPALITY'] },
        },
      ],
    );
    slug = academy.slug;
    eventId = await scheduleEvent(app.testApp, admin, {
      academyId: academy.id,
      kind: 'KICKOFF',
      title: { fi: TEXTS.fi.event, en: TEXTS.en.event },
      startsAt: '2027-09-14T10:00',
      endsAt: '2027-09-14T16:00',
      mode: 'IN_PERSON',
      place: 'Helsinki',
    });
  });
  afterAll(() => app?.close());

  it.each(['fi', 'en'] as const)(
    'in %s: the keyboard reaches the language menu and the academy, Enter opens its page',
    async (language) => {
      const texts = TEXTS[language];
      const page = await app.newPage(language);
      await page.goto(`${app.clientUrl}/`);
      await page.getByRole('heading', { level: 1, name: texts.list }).waitFor();
      await page.getByRole('link', { name: texts.title }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      expect(await page.title()).toBe(`${texts.list} – Akatemia`);
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'academy-list', language);

      await tabTo(page, (focused) => focused.id === 'language-menu');
      await tabTo(page, (focused) => focused.tag === 'a' && focused.text === texts.title);
      await page.keyboard.press('Enter');

      await page.waitForURL(`${app.clientUrl}/academies/${slug}`);
      const heading = page.getByRole('heading', { level: 1, name: texts.title });
      await heading.waitFor();
      // After the navigation, focus starts at the new page's heading.
      expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await page.title()).toBe(`${texts.title} – Akatemia`);
      await page.getByText(texts.criterion).waitFor();
      await page.getByText(texts.help).waitFor();
      await page.getByRole('heading', { level: 3, name: texts.event }).waitFor();
      expect(await page.locator('main').innerText()).toContain(texts.deadline);
      expect(await page.locator('main').innerText()).toContain('Europe/Helsinki');

      // "Add to calendar" is the API's .ics download of this academy, in this language.
      const calendar = page.getByRole('link', { name: texts.calendar });
      expect(await calendar.getAttribute('href')).toBe(
        `/calendar/academies/${slug}.ics?locale=${language}`,
      );
      const ics = await page.evaluate(
        async (href) => {
          const response = await fetch(href);
          return { status: response.status, body: await response.text() };
        },
        (await calendar.getAttribute('href'))!,
      );
      expect(ics.status).toBe(200);
      expect(ics.body).toContain('BEGIN:VCALENDAR');
      expect(ics.body).toContain(texts.event);

      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'academy', language);
    },
  );

  it('links to one event by its id (/academies/:slug#<eventId>, as the mails do)', async () => {
    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/academies/${slug}#${eventId}`);
    const event = page.locator(`[id="${eventId}"]`);
    await event.waitFor();
    expect(await event.innerText()).toContain(TEXTS.en.event);
  });

  it('switches the language from the header menu by keyboard: texts, <html lang> and title follow', async () => {
    const page = await app.newPage('fi');
    await page.goto(`${app.clientUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Akatemiat' }).waitFor();
    await tabTo(page, (focused) => focused.id === 'language-menu');
    await page.keyboard.press('Enter');
    // The open menu focuses the current language; the arrow moves on to Swedish.
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.activeElement?.textContent === 'På svenska (SV)');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Akademier' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.title()).toBe('Akademier – Akatemia');
    // The academy's own texts come again from the API, in Swedish where it has them
    // (this academy has none, so Finnish), and the page stays clean.
    await page.getByRole('link', { name: TEXTS.fi.title }).waitFor();
    await expectNoSeriousA11yViolations(page);
  });

  it('answers an unknown address with a 404 page in the shell', async () => {
    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/no-such-page`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await page.title()).toBe('Page not found – Akatemia');
    await page.goto(`${app.clientUrl}/academies/no-such-academy`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'not-found', 'en');

    const finnish = await app.newPage('fi');
    await finnish.goto(`${app.clientUrl}/no-such-page`);
    await finnish.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' }).waitFor();
    expect(await finnish.title()).toBe('Sivua ei löytynyt – Akatemia');
    await expectNoSeriousA11yViolations(finnish);
    await screenshot(finnish, 'not-found', 'fi');
  });
});
