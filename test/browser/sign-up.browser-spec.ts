// The open sign-up in a real browser: the academy page of an OPEN programme offers "Sign up"
// (not "Apply"); a person signs up in their own name (an INDIVIDUAL, no business ID), is
// refused first for not accepting the terms (the API's message at the checkbox), then signs
// up and reaches the team page; a Finnish contact signs up an existing association. An admin
// sets the enrolment and the terms of a draft. axe on each state, screenshots fi and en.
import { Locale } from '../../src/common/i18n/locale.js';
import { AcademyEnrolment, AcademyStatus } from '../../src/modules/academies/academy.enums.js';
import { OrganisationType } from '../../src/modules/organisations/organisation.enums.js';
import { createAcademy } from '../factories/academies.js';
import { createOrganisation } from '../factories/organisations.js';
import { createAdmin, createSignedInUser } from '../factories/users.js';
import { chooseOption } from './application-form.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './browser-app.js';

const NOW = new Date('2027-09-01T09:00:00Z');

describe('open sign-up page in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp({ now: NOW });
  });
  afterAll(() => app?.close());

  const h1 = (page: import('playwright-core').Page, name: string | RegExp) =>
    page.getByRole('heading', { level: 1, name }).waitFor();

  const openAcademy = () =>
    createAcademy(app.testApp.dataSource, {
      status: AcademyStatus.OPEN,
      enrolment: AcademyEnrolment.OPEN,
      applicationOpensAt: new Date('2027-08-01T00:00:00+03:00'),
      applicationDeadline: new Date('2027-11-05T23:59:59.999+02:00'),
      consultationBookingDeadline: new Date('2027-11-05T23:59:59.999+02:00'),
      selectionAnnouncementAt: new Date('2027-11-05T23:59:59.999+02:00'),
      signUpTerms: {
        fi: 'Osallistun sidosryhmän tapaamisiin ja jaan kokemuksiani.',
        sv: null,
        en: 'I take part in the stakeholder meetings and share my experience.',
      },
    });

  it('signs up a person in their own name after the terms are accepted, then shows the team link', async () => {
    const academy = await openAcademy();
    const person = await createSignedInUser(app.testApp.dataSource, {
      name: 'Liisa Laine',
      locale: Locale.en,
    });
    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/academies/${academy.slug}`);
    await h1(page, academy.title.en!);
    await page.getByText('Sign up by').waitFor();
    expect(await page.getByRole('link', { name: 'Apply' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Sign up', exact: true }).click();
    await page.waitForURL(/\/sign-in\?next=/);
    await app.signInAs(page, person.user.email);
    await h1(page, `Sign up: ${academy.title.en}`);

    // Nobody's organisation yet: register oneself as an individual, without a business ID.
    await page.getByRole('radio', { name: 'A new organisation, or myself' }).waitFor();
    await chooseOption(page, /Type of organisation/, 'Individual (e.g. a local decision-maker)');
    await page.getByRole('textbox', { name: 'Your name' }).fill('Valtuutettu Liisa Laine');
    await page.getByRole('button', { name: 'Register' }).click();
    // The terms were not accepted: refused, with the API's message at the checkbox.
    await page.getByText('Accept the terms of participation to sign up.').waitFor();
    await expectNoSeriousA11yViolations(page);

    // The person registered stays chosen: accept the terms and sign up.
    await page.getByRole('radio', { name: /Valtuutettu Liisa Laine/ }).check();
    await page.getByText('I accept the terms of participation').click();
    await page.getByRole('button', { name: 'Sign up', exact: true }).click();
    await page
      .getByText('Valtuutettu Liisa Laine now takes part in the programme.', { exact: false })
      .waitFor();
    await page.getByTestId('signed-up').getByText('Valtuutettu Liisa Laine').waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'sign-up', 'en');

    await page.getByRole('link', { name: 'Go to the team page' }).first().click();
    await h1(page, `Team: ${academy.title.en}`);
    await page.getByText(person.user.email).first().waitFor();
  });

  it('signs up an association of a Finnish contact, and tells a selective academy has no sign-up', async () => {
    const academy = await openAcademy();
    const contact = await createSignedInUser(app.testApp.dataSource, { locale: Locale.fi });
    await createOrganisation(app.testApp.dataSource, contact.user, {
      name: 'Kotkan Kierrätysyhdistys ry',
      type: OrganisationType.ASSOCIATION,
      businessId: null,
    });
    const page = await app.newPage('fi');
    await page.goto(`${app.clientUrl}/sign-in?next=/academies/${academy.slug}/sign-up`);
    await app.signInAs(page, contact.user.email);
    await h1(page, `Ilmoittautuminen: ${academy.title.fi}`);
    await page.getByRole('radio', { name: /Kotkan Kierrätysyhdistys ry/ }).waitFor();
    await page.getByText('Osallistun sidosryhmän tapaamisiin ja jaan kokemuksiani.').waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'sign-up', 'fi');
    await page.getByText('Hyväksyn osallistumisehdot').click();
    await page.getByRole('button', { name: 'Ilmoittaudu', exact: true }).click();
    await page
      .getByText('Kotkan Kierrätysyhdistys ry on nyt mukana ohjelmassa.', { exact: false })
      .waitFor();

    const selective = await createAcademy(app.testApp.dataSource, { status: AcademyStatus.OPEN });
    await page.goto(`${app.clientUrl}/academies/${selective.slug}/sign-up`);
    await page.getByText('Tähän ohjelmaan haetaan hakemuksella').waitFor();
  });

  it('lets an admin make a draft open with terms', async () => {
    const draft = await createAcademy(app.testApp.dataSource, { status: AcademyStatus.DRAFT });
    const admin = await createAdmin(app.testApp.dataSource, { locale: Locale.en });
    const page = await app.newPage('en');
    await page.goto(`${app.clientUrl}/sign-in?next=/admin/academies/${draft.id}`);
    await app.signInAs(page, admin.user.email);
    await page.getByText('Open sign-up by the deadline (no selection)').click();
    await page
      .getByRole('textbox', { name: 'Terms of participation (Finnish)' })
      .fill('Sitoudun tapaamisiin.');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Save the details' }).click();
    await page.getByText('The details were saved.').waitFor();
    const [row] = await app.testApp.dataSource.query<
      Array<{ enrolment: string; sign_up_terms: { fi: string } }>
    >(`SELECT enrolment, sign_up_terms FROM academies WHERE id = $1`, [draft.id]);
    expect(row).toEqual({
      enrolment: 'OPEN',
      sign_up_terms: { fi: 'Sitoudun tapaamisiin.', sv: null, en: null },
    });
  });
});
