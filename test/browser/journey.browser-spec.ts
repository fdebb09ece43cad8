// The "done when", each as one continuous run in Chromium: a new person with no
// GraphQL knowledge finds an academy, signs in from the mail, registers an organisation,
// invites a colleague, applies, books a consultation from the checklist, sees the
// application complete and fetches the calendar feed; the expert sees the booking and the
// admin downloads the CSV. Then every link in every mail that journey sent opens a page
// that works. Staff's part (the academy, its criteria, the expert's slots) is set up with
// the factories; the applicant's part only through the pages.
import { readFile } from 'node:fs/promises';
import type { ParsedMail } from 'mailparser';
import type { Page } from 'playwright-core';
import { Locale } from '../../src/common/i18n/locale.js';
import type { AcademyEntity } from '../../src/modules/academies/entities/academy.entity.js';
import {
  createAcademy,
  createAdmin,
  createExpert,
  nextBusinessId,
  publishSlots,
  setEligibilityCriteria,
  SPRING_2027,
  type SignedInUser,
} from '../factories/index.js';
import { expectStrictCalendar } from '../helpers/ical.js';
import {
  expectNoSeriousA11yViolations,
  startBrowserApp,
  tabTo,
  type BrowserApp,
} from './browser-app.js';
import { APPLICATION_CRITERIA, chooseOption, fillApplicationForm } from './application-form.js';

/** The mails a journey sends, by subject (fi/sv/en); a mail of no known kind fails test 2. */
const MAIL_KINDS = {
  signIn: /sign-in link to Akatemia|Kirjautumislinkkisi|inloggningslänk/,
  invitation: /^(Invitation to join|Kutsu organisaation|Inbjudan att bli medlem)/,
  applicationSubmitted: /^(Application received|Hakemus vastaanotettu|Ansökan mottagen)/,
  consultationBooked: /^(Consultation booked|Keskusteluaika varattu|Samtalstid bokad)/,
  consultationReminder:
    /^(Reminder: consultation|Muistutus: keskusteluaika|Påminnelse: samtalstid)/,
} as const;
type MailKind = keyof typeof MAIL_KINDS;

/** The public address the app writes into mails (startTestApp's PUBLIC_URL). */
const PUBLIC_ORIGIN = 'https://akatemia.test';

interface Journey {
  academy: AcademyEntity;
  expert: SignedInUser;
  applicantEmail: string;
  colleagueEmail: string;
  organisationName: string;
  /** Every mail caught from the journey's start to its end. */
  mails: ParsedMail[];
}

describe('the issue’s journeys end to end in Chromium', () => {
  let app: BrowserApp;
  let run = 0;

  beforeAll(async () => {
    // 20.4.2027: the academy takes applications and bookings (SPRING_2027).
    app = await startBrowserApp({ now: new Date('2027-04-20T09:00:00Z') });
  });
  afterAll(() => app?.close());

  /** The newest sign-in link (as a path on the app) in the mails to `email` after `from`. */
  function signInPath(email: string, from: number): string {
    const path = app.smtp
      .to(email)
      .slice(from)
      .flatMap(
        (mail) =>
          /https:\/\/akatemia\.test(\/sign-in\?token=[\w%-]+(?:&next=[^\s&]+)?)/.exec(
            mail.text ?? '',
          )?.[1] ?? [],
      )
      .at(-1);
    if (!path) throw new Error(`No sign-in link in the mail to ${email}`);
    return path;
  }

  /**
   * The applicant's journey, by the pages alone. Staff's part first: an open academy with
   * criteria and an expert's published slots.
   */
  async function applicantJourney(): Promise<Journey> {
    run += 1;
    const mailsBefore = app.smtp.received.length;
    const title = `Journey academy ${run}`;
    const admin = await createAdmin(app.testApp.dataSource, { locale: Locale.fi });
    const academy = await createAcademy(app.testApp.dataSource, {
      ...SPRING_2027,
      title: { fi: `Polkuakatemia ${run}`, sv: null, en: title },
    });
    await setEligibilityCriteria(app.testApp, admin, academy.id, APPLICATION_CRITERIA);
    const expert = await createExpert(app.testApp.dataSource, {
      name: `Eero Expert ${run}`,
      locale: Locale.en,
    });
    await publishSlots(app.testApp, expert, academy.id, '2027-05-03', 3);
    const applicantEmail = `new.applicant.${run}@example.fi`;
    const colleagueEmail = `colleague.${run}@example.fi`;
    const organisationName = `Journey municipality ${run}`;

    const page = await app.newPage('en');
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.clientUrl });

    // 1. Find the academy from the front page and go to apply: sign in first.
    await page.goto(`${app.clientUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Academies' }).waitFor();
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('link', { name: 'Apply to the academy' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');

    // 2. Ask for a link (typed, Enter), open it from the caught mail, the button by keyboard.
    const sentBefore = app.smtp.to(applicantEmail).length;
    await page.getByRole('textbox', { name: 'E-mail address' }).fill(applicantEmail);
    await page.keyboard.press('Enter');
    await page.getByText('Check your e-mail').waitFor();
    await app.testApp.sendMail();
    await page.goto(`${app.clientUrl}${signInPath(applicantEmail, sentBefore)}`);
    expect(await page.getByTestId('sign-in-email').innerText()).toBe(applicantEmail);
    await tabTo(page, (focused) => focused.tag === 'button' && focused.text === 'Sign in');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${app.clientUrl}/academies/${academy.slug}/application`);
    await page.getByTestId('signed-in-person').waitFor();

    // 3. An organisation (registered from the application's prompt), a colleague invited.
    await page.getByText('To apply, you need an organisation.').waitFor();
    await page.getByRole('link', { name: 'Register an organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register an organisation' }).waitFor();
    await page.getByRole('textbox', { name: 'Name of the organisation' }).fill(organisationName);
    await page.getByRole('textbox', { name: 'Business ID (Y-tunnus)' }).fill(nextBusinessId());
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: organisationName }).waitFor();
    await page.getByRole('textbox', { name: 'E-mail address' }).fill(colleagueEmail);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitation sent to ${colleagueEmail}.`).waitFor();

    // 4. Back to the academy the way a person would, and fill every section.
    await page.getByRole('link', { name: 'Academies' }).first().click();
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('link', { name: 'Apply to the academy' }).click();
    await page.getByRole('heading', { level: 1, name: `Application: ${title}` }).waitFor();
    await page.getByText(`Applying organisation: ${organisationName}`).waitFor();
    await fillApplicationForm(page, {
      approvedOn: '2.4.2027',
      expertRoles: ['Procurement', 'Environment', 'Sector expert'],
    });
    await page
      .getByTestId('save-status')
      .filter({ hasText: /saved at/ })
      .waitFor();
    await page.getByRole('button', { name: 'Submit the application' }).click();
    await page.getByTestId('submitted-notice').waitFor();
    expect(await page.getByTestId('checklist-submitted').innerText()).toContain('done');
    expect(await page.getByTestId('checklist-consultation').innerText()).toContain('not yet');

    // 5. A consultation, from the checklist's link; back to the application: complete.
    await page
      .getByTestId('checklist-consultation')
      .getByRole('link', { name: 'Book a consultation' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Book a consultation' }).waitFor();
    await page
      .getByRole('button', { name: /^Book / })
      .first()
      .click();
    await page.getByTestId('my-booking').getByText(expert.user.name!).waitFor();
    await page.getByRole('link', { name: "Your organisation's application" }).first().click();
    await page.getByRole('heading', { level: 1, name: `Application: ${title}` }).waitFor();
    await page.getByTestId('checklist-consultation').filter({ hasText: 'done' }).waitFor();
    expect(await page.getByTestId('checklist-submitted').innerText()).toContain('done');
    expect(await page.getByTestId('checklist-consultation').getByRole('link').count()).toBe(0);
    await page.getByRole('link', { name: 'My applications' }).click();
    await page
      .getByTestId('my-application')
      .filter({ hasText: organisationName })
      .filter({ hasText: 'complete' })
      .waitFor();
    await expectNoSeriousA11yViolations(page);

    // 6. The calendar feed: copy the address on its page, fetch it: the booking is there.
    await page.getByRole('banner').getByRole('link', { name: 'Calendar feed' }).click();
    await page.getByRole('heading', { level: 1, name: 'My calendar feed' }).waitFor();
    await page.getByRole('button', { name: 'Copy the address' }).click();
    await page.getByTestId('copy-status').filter({ hasText: 'The address was copied.' }).waitFor();
    const feedUrl = await page.evaluate(() => navigator.clipboard.readText());
    expect(feedUrl.startsWith(`${PUBLIC_ORIGIN}/calendar/feeds/`)).toBe(true);
    const feed = await fetch(`${app.clientUrl}${new URL(feedUrl).pathname}`);
    expect(feed.status).toBe(200);
    const { events } = expectStrictCalendar(await feed.text());
    // The first free time: Monday 3.5.2027 at 8.00 in Helsinki.
    expect(
      events
        .filter((event) => event.summary.includes(organisationName))
        .map(({ start, status }) => ({ start, status })),
    ).toEqual([{ start: '2027-05-03T05:00:00.000Z', status: 'CONFIRMED' }]);

    // 7. The expert, in another browser, sees the booking on their slots.
    const expertPage = await app.newPage('en');
    await app.signInAs(expertPage, expert.user.email);
    await expertPage.getByRole('link', { name: 'My consultation slots' }).click();
    // The page shows one academy at a time (the first listed, unless the expert picks one).
    await chooseOption(expertPage, /Academy$/, title);
    await expertPage
      .getByTestId('expert-slot')
      .filter({ hasText: `booked by ${organisationName}` })
      .waitFor();

    // 8. The admin downloads the academy's applications as CSV: the organisation's row.
    const adminPage = await app.newPage('fi');
    await app.signInAs(adminPage, admin.user.email);
    await adminPage.goto(`${app.clientUrl}/admin/academies/${academy.id}/applications`);
    await adminPage
      .getByRole('heading', { level: 1, name: `Hakemukset: ${academy.title.fi}` })
      .waitFor();
    const [download] = await Promise.all([
      adminPage.waitForEvent('download'),
      adminPage.getByRole('link', { name: 'CSV (pilkuilla erotettu, muut ohjelmat)' }).click(),
    ]);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const row = csv.split('\r\n').find((line) => line.startsWith(`"${organisationName}"`));
    expect(row).toContain(',"SUBMITTED",');

    await app.testApp.sendMail();
    return {
      academy,
      expert,
      applicantEmail,
      colleagueEmail,
      organisationName,
      mails: app.smtp.received.slice(mailsBefore),
    };
  }

  it('a new person applies, books and subscribes; the expert sees the booking; the admin the CSV row', async () => {
    const journey = await applicantJourney();
    expect(journey.mails.length).toBeGreaterThan(0);
  });

  it('every link in every mail the journey sent opens a page that works', async () => {
    const journey = await applicantJourney();

    // The invited colleague follows the invitation and asks for a link there (not used yet).
    const invitation = journey.mails.find((mail) => MAIL_KINDS.invitation.test(mail.subject ?? ''));
    expect(invitation).toBeDefined();
    const invitationLink = appLinks(invitation!)[0];
    const colleague = await app.newPage('en');
    await colleague.goto(`${app.clientUrl}${invitationLink}`);
    expect(await colleague.getByRole('textbox', { name: 'E-mail address' }).inputValue()).toBe(
      journey.colleagueEmail,
    );
    const mailsBefore = app.smtp.received.length;
    await colleague.getByRole('button', { name: 'Send sign-in link' }).click();
    await colleague.getByText('Check your e-mail').waitFor();
    await app.testApp.sendMail();
    // The day before the consultation (booked for 3.5. at 8.00): the reminders go.
    const now = app.testApp.clock.now();
    app.testApp.clock.set(new Date('2027-05-02T06:00:00Z'));
    try {
      await app.testApp.sendMail();
    } finally {
      app.testApp.clock.set(now);
    }
    const mails = [...journey.mails, ...app.smtp.received.slice(mailsBefore)];

    // Every mail is of a known kind, and each kind carries at least one link to the app.
    const linksByKind = new Map<MailKind, Array<{ to: string; path: string }>>();
    for (const mail of mails) {
      const kind = (Object.keys(MAIL_KINDS) as MailKind[]).find((name) =>
        MAIL_KINDS[name].test(mail.subject ?? ''),
      );
      expect({ subject: mail.subject, kind }).toEqual({
        subject: mail.subject,
        kind: expect.any(String),
      });
      const links = appLinks(mail);
      expect({ subject: mail.subject, links }).toEqual({
        subject: mail.subject,
        links: expect.arrayContaining([expect.any(String)]),
      });
      const to = [mail.to].flat()[0]!.value[0].address!;
      linksByKind.set(kind!, [
        ...(linksByKind.get(kind!) ?? []),
        ...links.map((path) => ({ to, path })),
      ]);
    }
    expect([...linksByKind.keys()].sort()).toEqual(Object.keys(MAIL_KINDS).sort());
    // The expert's consultation mails open the expert's page, not the application form.
    expect(
      linksByKind
        .get('consultationBooked')!
        .filter(({ to }) => to === journey.expert.user.email)
        .map(({ path }) => path),
    ).toEqual(['/expert/slots']);

    // Open each distinct link: as the recipient where the page needs a person.
    const signedIn = new Map<string, Page>();
    const pageFor = async (email: string): Promise<Page> => {
      let page = signedIn.get(email);
      if (!page) {
        page = await app.newPage('en');
        await app.signInAs(page, email);
        signedIn.set(email, page);
      }
      return page;
    };
    let freshSignInLinks = 0;
    const seen = new Set<string>();
    for (const [kind, links] of linksByKind) {
      for (const { to, path } of links) {
        if (seen.has(`${to} ${path}`)) continue;
        seen.add(`${to} ${path}`);
        const where = `${kind} → ${path} (to ${to})`;
        const url = new URL(path, app.clientUrl);
        if (url.pathname.startsWith('/calendar/')) {
          const response = await fetch(url);
          expect({ where, status: response.status }).toEqual({ where, status: 200 });
          expectStrictCalendar(await response.text());
          continue;
        }
        const needsPerson = url.pathname !== '/sign-in';
        const page = needsPerson ? await pageFor(to) : await app.newPage('en');
        await page.goto(url.href);
        await expectWorkingPage(page, where);
        if (url.searchParams.has('token')) {
          // Opened, not used: who is signing in; a used one says so and offers a new one.
          const fresh = page.getByTestId('sign-in-email');
          const used = page.getByText('The sign-in link has already been used.');
          await fresh.or(used).waitFor();
          if (await fresh.isVisible()) {
            expect(await fresh.innerText()).toBe(to);
            freshSignInLinks += 1;
          } else {
            await page.getByRole('link', { name: 'Ask for a new sign-in link' }).waitFor();
          }
        } else {
          expect({ where, alerts: await errorAlerts(page) }).toEqual({ where, alerts: [] });
        }
        // The page is the reader's own: their application, or the expert's slots.
        if (/^\/academies\/[^/]+\/application$/.test(url.pathname)) {
          await page.getByText(/^Applying organisation: /).waitFor();
        }
        if (url.pathname === '/expert/slots') {
          await page.getByRole('heading', { level: 1, name: 'My consultation slots' }).waitFor();
          expect(await page.getByText("This page is for the academies' experts").count()).toBe(0);
        }
        if (url.searchParams.has('email')) {
          expect(await page.getByRole('textbox', { name: 'E-mail address' }).inputValue()).toBe(
            url.searchParams.get('email'),
          );
        }
      }
    }
    expect(freshSignInLinks).toBeGreaterThan(0);
  });

  /** The links in a mail (text and HTML) that point at the app, as paths on it. */
  function appLinks(mail: ParsedMail): string[] {
    const hrefs = [
      ...(mail.text ?? '').matchAll(/https?:\/\/[^\s"'<>)]+/g),
      ...(typeof mail.html === 'string' ? mail.html : '').matchAll(/href="([^"]+)"/g),
    ].map((match) => (match[1] ?? match[0]).replaceAll('&amp;', '&'));
    return [
      ...new Set(
        hrefs
          .filter((href) => href.startsWith(`${PUBLIC_ORIGIN}/`))
          .map((href) => href.slice(PUBLIC_ORIGIN.length)),
      ),
    ];
  }

  /** A real page of the client: its h1 (not the 404 page), no JSON, no loading spinner. */
  async function expectWorkingPage(page: Page, where: string): Promise<void> {
    await page.locator('main h1').waitFor();
    await page.waitForFunction(() => !document.querySelector('main .fi-loadingSpinner'));
    const state = await page.evaluate(() => ({
      h1: document.querySelector('main h1')?.textContent ?? '',
      json: /^\s*[{[]/.test(document.body.innerText),
      root: document.getElementById('root') !== null,
    }));
    expect({ where, ...state }).toEqual({
      where,
      h1: expect.not.stringMatching(/^(Page not found|Sivua ei löytynyt|Sidan hittades inte)$/),
      json: false,
      root: true,
    });
  }

  /** The texts of error alerts on the page (ErrorAlert renders role="alert"). */
  async function errorAlerts(page: Page): Promise<string[]> {
    return page
      .getByRole('alert')
      .evaluateAll((elements) =>
        elements
          .map((element) => (element as HTMLElement).innerText.trim())
          .filter((text) => text.length > 0),
      );
  }
});
