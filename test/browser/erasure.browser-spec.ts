// Erasure in a real browser: a person reaches "delete account" from the profile; as the only
// contact of an organisation with an active application they are refused with the
// organisation listed (a link to hand it over); a mistyped address is shown at the field;
// with another contact named, the account goes, the page says so and the header shows nobody.
// An admin finds a person by address and erases them on request with a reason. axe on each
// state, screenshots fi and en.
import type { Page } from 'playwright-core';
import { Locale } from '../../src/common/i18n/locale.js';
import { MembershipRole } from '../../src/modules/organisations/membership.enums.js';
import {
  addMember,
  createAcademy,
  createAdmin,
  createDraftApplication,
  createSignedInUser,
} from '../factories/index.js';
import { nextNumber } from '../factories/sequence.js';
import {
  expectNoSeriousA11yViolations,
  screenshot,
  startBrowserApp,
  type BrowserApp,
} from './browser-app.js';

describe('erasure pages in Chromium', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  afterAll(() => app?.close());

  const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

  const erasedAt = async (userId: string) =>
    (
      await app.testApp.dataSource.query<Array<{ erased_at: Date | null; name: string }>>(
        `SELECT erased_at, name FROM users WHERE id = $1`,
        [userId],
      )
    )[0];

  it.each([
    ['en', 'Delete my account', 'Delete my account for good', 'Your account has been deleted'],
    ['fi', 'Poista tili', 'Poista tilini pysyvästi', 'Tilisi on poistettu'],
  ] as const)(
    'deletes one’s own account (%s): ONLY_CONTACT lists the organisation, a mistyped address is shown at the field, then the account goes',
    async (language, title, button, deleted) => {
      const n = nextNumber();
      const person = await createSignedInUser(app.testApp.dataSource, {
        name: `Poistuva Henkilö${n}`,
        email: `poistuva${n}@example.fi`,
        locale: Locale[language],
      });
      const academy = await createAcademy(app.testApp.dataSource);
      const draft = await createDraftApplication(app.testApp, {
        academy,
        contact: person,
        organisation: { name: `Luovutettava kunta ${n}` },
      });
      const page = await app.newPage(language);
      await app.signInAs(page, person.user.email);

      // From the profile.
      await page.goto(`${app.clientUrl}/profile`);
      await page.getByRole('link', { name: title }).click();
      await page.waitForURL(`${app.clientUrl}/my-data/delete-account`);
      await h1(page, title);
      await expectNoSeriousA11yViolations(page);

      // The only contact of an organisation with a draft in an open academy: refused.
      const confirm = page.locator('input[name="confirm-email"]');
      await confirm.fill(person.user.email.toUpperCase());
      await page.getByRole('button', { name: button }).click();
      const handOver = page.getByTestId('hand-over');
      await handOver.waitFor();
      expect(await handOver.getByRole('link').innerText()).toBe(`Luovutettava kunta ${n}`);
      expect(await handOver.getByRole('link').getAttribute('href')).toBe(
        `/organisations/${draft.organisation.id}`,
      );
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'delete-account', language);
      expect((await erasedAt(person.user.id)).erased_at).toBeNull();

      // A mistyped address: at the field, nothing changed.
      await confirm.fill('joku.muu@example.fi');
      await page.getByRole('button', { name: button }).click();
      await page
        .getByText(
          language === 'fi'
            ? 'Sähköpostiosoite ei vastaa tilisi osoitetta.'
            : 'The e-mail address does not match the account’s address.',
        )
        .waitFor();
      expect((await erasedAt(person.user.id)).erased_at).toBeNull();

      // Another contact named: the account goes, and the session with it.
      const colleague = await createSignedInUser(app.testApp.dataSource);
      await addMember(
        app.testApp.dataSource,
        draft.organisation,
        colleague.user,
        MembershipRole.CONTACT,
      );
      await confirm.fill(person.user.email);
      await page.getByRole('button', { name: button }).click();
      await h1(page, deleted);
      await expectNoSeriousA11yViolations(page);
      const row = await erasedAt(person.user.id);
      expect(row.erased_at).not.toBeNull();
      expect(row.name).toMatch(/^Poistettu käyttäjä /);
      await page.getByTestId('signed-in-person').waitFor({ state: 'detached' });
      const me = await page.evaluate(async () => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ me { id } }' }),
        });
        return (await response.json()) as { errors?: Array<{ extensions: { code: string } }> };
      });
      expect(me.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    },
  );

  it.each([
    [
      'en',
      'Erase a person’s account',
      'Erase the account',
      'Erase',
      'Erase a person’s account on request',
    ],
    ['fi', 'Poista henkilön tili', 'Poista tili', 'Poista', 'Poista henkilön tili pyynnöstä'],
  ] as const)(
    'lets an admin erase a person on request (%s), with the reason audited',
    async (language, title, button, confirmButton, link) => {
      const admin = await createAdmin(app.testApp.dataSource, { locale: Locale[language] });
      const n = nextNumber();
      const person = await createSignedInUser(app.testApp.dataSource, {
        name: `Pyytävä Henkilö${n}`,
        email: `pyytava${n}@example.fi`,
      });
      const page = await app.newPage(language);
      await app.signInAs(page, admin.user.email);
      await page.goto(`${app.clientUrl}/admin/roles`);
      await page.getByRole('link', { name: link }).click();
      await page.waitForURL(`${app.clientUrl}/admin/erasure`);
      await h1(page, title);
      await page.locator('#erase-email').fill(person.user.email.toUpperCase());
      await page.locator('#erase-email').press('Enter');
      await page.getByTestId('erase-person').filter({ hasText: person.user.email }).waitFor();
      await page.locator('#erase-reason').fill('Pyyntö sähköpostilla 2.12.2026');
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, 'admin-erasure', language);
      await page.getByRole('button', { name: button, exact: true }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: confirmButton, exact: true })
        .click();
      await page.getByRole('status').filter({ hasText: 'Poistettu käyttäjä' }).waitFor();
      expect((await erasedAt(person.user.id)).erased_at).not.toBeNull();
      const [entry] = await app.testApp.dataSource.query<
        Array<{ actor_id: string; after: { reason: string } }>
      >(
        `SELECT actor_id, after FROM audit_entries WHERE action = 'user.erased' AND entity_id = $1`,
        [person.user.id],
      );
      expect(entry).toMatchObject({
        actor_id: admin.user.id,
        after: { reason: 'Pyyntö sähköpostilla 2.12.2026' },
      });
    },
  );
});
