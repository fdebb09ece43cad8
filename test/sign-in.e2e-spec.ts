import { Locale } from '../src/common/i18n/locale.js';
import { hashToken, newSecretToken } from '../src/common/auth/tokens.js';
import { OneTimeTokenEntity } from '../src/modules/auth/entities/one-time-token.entity.js';
import { TokenPurpose } from '../src/modules/auth/one-time-token.enums.js';
import { MembershipEntity } from '../src/modules/organisations/entities/membership.entity.js';
import { InvitationEntity } from '../src/modules/organisations/entities/invitation.entity.js';
import { MembershipRole } from '../src/modules/organisations/membership.enums.js';
import { UserEntity } from '../src/modules/users/entities/user.entity.js';
import { GlobalRole } from '../src/common/auth/global-role.js';
import { CredentialsCleanupService } from '../src/modules/auth/credentials-cleanup.service.js';
import { expectOk, graphqlOk } from './helpers/graphql-ok.js';
import { TestSmtpServer, tokenFrom } from './helpers/smtp.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { createOrganisation, createSignedInUser } from './factories/index.js';

const REQUEST = 'mutation ($input: RequestSignInInput!) { requestSignIn(input: $input) }';
const SIGN_IN =
  'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken expiresAt user { id email roles } } }';
const ME = '{ me { email locale roles } }';

describe('passwordless sign-in through a real SMTP server', () => {
  const smtp = new TestSmtpServer();
  let testApp: TestApp;

  beforeAll(async () => {
    await smtp.start();
    testApp = await startTestApp({ env: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await testApp.close();
    await smtp.stop();
  });

  async function requestLink(email: string, locale: Locale = Locale.en) {
    const response = await testApp.graphql(REQUEST, { input: { email, locale } });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ requestSignIn: true });
    await testApp.sendMail();
    const mails = smtp.to(email.toLowerCase());
    return mails[mails.length - 1];
  }

  async function signIn(token: string) {
    return testApp.graphql<{
      signIn: { accessToken: string; user: { id: string; email: string; roles: string[] } };
    }>(SIGN_IN, { input: { token } }, { 'accept-language': 'en' });
  }

  it('mails a link, signs in with its token, creates the user, and reads me', async () => {
    const mail = await requestLink('Anna.Virtanen@Example.fi', Locale.fi);
    expect(mail.subject).toBe('Kirjautumislinkkisi Akatemiaan');
    expect(mail.html).toContain('Kirjaudu sisään');
    const token = tokenFrom(mail);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(mail.text).toContain(`https://akatemia.test/sign-in?token=${token}`);
    expect(
      await testApp.dataSource
        .getRepository(UserEntity)
        .countBy({ email: 'anna.virtanen@example.fi' }),
    ).toBe(0);

    const response = await signIn(token);
    expect(response.errors).toBeUndefined();
    const { accessToken, user } = response.data!.signIn;
    expect(user.email).toBe('anna.virtanen@example.fi');

    const me = await testApp.graphql(ME, undefined, { authorization: `Bearer ${accessToken}` });
    expect(me.data).toEqual({ me: { email: 'anna.virtanen@example.fi', locale: 'fi', roles: [] } });
  });

  it('stores only hashes of the token, and blanks the mail body once sent', async () => {
    const mail = await requestLink('hash-check@example.fi');
    const token = tokenFrom(mail);
    const outbox = await testApp.dataSource.query<
      Array<{ text_body: string; html_body: string; status: string }>
    >(
      "SELECT text_body, html_body, status FROM outbox_messages WHERE to_address = 'hash-check@example.fi'",
    );
    expect(outbox).toHaveLength(1);
    expect(outbox[0].status).toBe('SENT');
    expect(outbox[0].text_body + outbox[0].html_body).not.toContain(token);
    const rows: Array<{ token_hash: string }> = await testApp.dataSource.query(
      "SELECT token_hash FROM one_time_tokens WHERE email = 'hash-check@example.fi'",
    );
    expect(rows).toEqual([{ token_hash: hashToken(TokenPurpose.SIGN_IN, token) }]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('refuses a reused token', async () => {
    const token = tokenFrom(await requestLink('reuse@example.fi'));
    expect((await signIn(token)).errors).toBeUndefined();
    const again = await signIn(token);
    expect(again.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(again.data).toBeNull();
  });

  it('refuses an expired token (15 minutes by the server clock)', async () => {
    const token = tokenFrom(await requestLink('late@example.fi'));
    testApp.clock.advance(15 * 60 * 1000 + 1);
    try {
      const response = await signIn(token);
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      testApp.clock.advance(-(15 * 60 * 1000 + 1));
    }
  });

  it('refuses a token minted for another purpose, and a forged one, with the same answer', async () => {
    const token = newSecretToken();
    await testApp.dataSource.getRepository(OneTimeTokenEntity).insert({
      tokenHash: hashToken(TokenPurpose.INVITATION, token),
      purpose: TokenPurpose.INVITATION,
      email: 'purpose@example.fi',
      locale: Locale.en,
      subjectId: null,
      expiresAt: new Date(testApp.clock.now().getTime() + 600_000),
      consumedAt: null,
    });
    const wrongPurpose = await signIn(token);
    const forged = await signIn(newSecretToken());
    for (const response of [wrongPurpose, forged]) {
      expect(response.errors?.[0]).toMatchObject({
        message: 'The sign-in link is not valid or has expired. Please ask for a new one.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('answers the same for a known and an unknown address, and mails both', async () => {
    await createSignedInUser(testApp.dataSource, { email: 'known@example.fi' });
    const known = await testApp.graphql(REQUEST, {
      input: { email: 'known@example.fi', locale: 'sv' },
    });
    const unknown = await testApp.graphql(REQUEST, {
      input: { email: 'nobody@example.fi', locale: 'sv' },
    });
    expect(known.data).toEqual(unknown.data);
    expect(known.errors).toEqual(unknown.errors);
    await testApp.sendMail();
    expect(smtp.to('known@example.fi')[0].subject).toBe('Din inloggningslänk till Akatemia');
    expect(smtp.to('nobody@example.fi')).toHaveLength(1);
  });

  // ADMIN_EMAILS (bootstrap only while nobody is ADMIN) is covered in abuse.e2e-spec.ts,
  // on databases of its own where no other test's admins exist.

  it('joins the organisations that invited the address', async () => {
    const contact = await createSignedInUser(testApp.dataSource);
    const organisation = await createOrganisation(testApp.dataSource, contact.user);
    await testApp.dataSource.getRepository(InvitationEntity).insert({
      organisationId: organisation.id,
      email: 'invitee@example.fi',
      role: MembershipRole.MEMBER,
      invitedById: contact.user.id,
      acceptedAt: null,
      revokedAt: null,
    });
    const data = expectOk(await signIn(tokenFrom(await requestLink('invitee@example.fi'))));
    const memberships = await testApp.dataSource
      .getRepository(MembershipEntity)
      .findBy({ userId: data.signIn.user.id });
    expect(memberships.map((membership) => [membership.organisationId, membership.role])).toEqual([
      [organisation.id, MembershipRole.MEMBER],
    ]);
  });

  it('signs out this session, and everywhere', async () => {
    const first = expectOk(await signIn(tokenFrom(await requestLink('leaver@example.fi'))));
    const second = expectOk(await signIn(tokenFrom(await requestLink('leaver@example.fi'))));
    const third = expectOk(await signIn(tokenFrom(await requestLink('leaver@example.fi'))));
    const auth = (session: typeof first) => ({
      authorization: `Bearer ${session.signIn.accessToken}`,
    });

    expect((await testApp.graphql('mutation { signOut }', undefined, auth(first))).data).toEqual({
      signOut: true,
    });
    expect((await testApp.graphql(ME, undefined, auth(first))).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await testApp.graphql(ME, undefined, auth(second))).errors).toBeUndefined();

    const everywhere = await testApp.graphql(
      'mutation { signOutEverywhere }',
      undefined,
      auth(second),
    );
    expect(everywhere.data).toEqual({ signOutEverywhere: 2 });
    for (const session of [second, third]) {
      expect(
        (await testApp.graphql(ME, undefined, auth(session))).errors?.[0].extensions?.code,
      ).toBe('UNAUTHENTICATED');
    }
  });

  it('applies a revoked role on the very next request', async () => {
    const admin = await createSignedInUser(testApp.dataSource, { roles: [GlobalRole.ADMIN] });
    const other = await createSignedInUser(testApp.dataSource, { roles: [GlobalRole.ADMIN] });
    const adminOnly = '{ organisations { total } }';
    expect((await testApp.graphql(adminOnly, undefined, other.headers)).errors).toBeUndefined();

    const revoke = await testApp.graphql(
      'mutation ($input: RoleChangeInput!) { revokeRole(input: $input) { roles } }',
      { input: { email: other.user.email, role: 'ADMIN' } },
      admin.headers,
    );
    expect(revoke.data).toEqual({ revokeRole: { roles: [] } });
    expect(
      (await testApp.graphql(adminOnly, undefined, other.headers)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('carries next, URL-encoded, into the link so another tab or browser comes back there', async () => {
    const next = '/academies/kiertotalous-2026/application?tab=2#contacts';
    const response = await testApp.graphql(REQUEST, {
      input: { email: 'next@example.fi', locale: 'en', next },
    });
    expect(response.data).toEqual({ requestSignIn: true });
    await testApp.sendMail();
    const mail = smtp.to('next@example.fi').at(-1)!;
    const token = tokenFrom(mail);
    expect(mail.text).toContain(
      `https://akatemia.test/sign-in?token=${token}&next=${encodeURIComponent(next)}`,
    );
    const link = new URL(/https:\/\/akatemia\.test\/sign-in\?\S+/.exec(mail.text ?? '')![0]);
    expect(link.searchParams.get('next')).toBe(next);
    expect(link.searchParams.get('token')).toBe(token);
    // Without next the link is as before.
    const plain = await requestLink('no-next@example.fi');
    expect(plain.text).not.toContain('&next=');
  });

  it.each([
    ['another host', '//evil.example/x'],
    ['a backslash', '/\\evil.example'],
    ['a tab that URL parsing drops', '/\t/evil.example'],
    ['a line break', '/academies\n'],
    ['an absolute URL', 'https://evil.example/'],
    ['no leading slash', 'academies/x'],
    ['a double slash inside', '/academies//evil'],
    ['too long', `/${'a'.repeat(512)}`],
  ])('refuses a next with %s, naming the field', async (_what, next) => {
    const response = await testApp.graphql(
      REQUEST,
      { input: { email: 'bad-next@example.fi', locale: 'en', next } },
      { 'accept-language': 'en' },
    );
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.errors?.[0].extensions)).toContain('input.next');
  });

  it('names the field when the e-mail or the locale is not valid', async () => {
    const badEmail = await testApp.graphql(
      REQUEST,
      { input: { email: 'not-an-address', locale: 'fi' } },
      { 'accept-language': 'en' },
    );
    expect(badEmail.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      validationErrors: [expect.objectContaining({ field: 'input.email', rule: 'isEmail' })],
    });
    const badLocale = await testApp.graphql(REQUEST, {
      input: { email: 'a@example.fi', locale: 'de' },
    });
    // An unknown enum value answers in the same shape as any other invalid field.
    expect(badLocale.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      validationErrors: [expect.objectContaining({ field: 'input.locale', rule: 'isEnum' })],
    });
  });

  it('consumes the token only through the signIn mutation, never by opening the link', async () => {
    const token = tokenFrom(await requestLink('scanner@example.fi'));
    const state = async () =>
      (
        await testApp.dataSource.query<Array<{ consumed: Date | null; sessions: number }>>(
          `SELECT t.consumed_at AS consumed,
                  (SELECT count(*)::int FROM sessions s JOIN users u ON u.id = s.user_id
                   WHERE u.email = 'scanner@example.fi') AS sessions
           FROM one_time_tokens t WHERE t.email = 'scanner@example.fi'`,
        )
      )[0];
    expect(await state()).toEqual({ consumed: null, sessions: 0 });
    // A mail scanner (Safe Links) following the link, or guessing at this server's URL
    // space with it: nothing answers a plain GET by consuming the token or opening a session.
    const scanned = await Promise.all(
      [
        `/sign-in?token=${token}`,
        `/graphql?token=${token}`,
        `/graphql?query=${encodeURIComponent(`mutation { signIn(input: { token: "${token}" }) { accessToken } }`)}`,
      ].map(async (path) => (await fetch(`${testApp.url}${path}`)).status),
    );
    expect(scanned).toEqual([404, 400, 400]);
    expect(await state()).toEqual({ consumed: null, sessions: 0 });
    expect((await signIn(token)).errors).toBeUndefined();
    expect(await state()).toEqual({ consumed: expect.any(Date), sessions: 1 });
  });

  it('cleans up tokens and sessions a day after they expired or were revoked', async () => {
    const token = tokenFrom(await requestLink('cleanup@example.fi'));
    const session = expectOk(await signIn(token));
    const auth = { authorization: `Bearer ${session.signIn.accessToken}` };
    await graphqlOk(testApp, 'mutation { signOut }', undefined, auth);
    tokenFrom(await requestLink('cleanup@example.fi'));
    const cleanup = testApp.app.get(CredentialsCleanupService);
    const countFor = async () =>
      (
        await testApp.dataSource.query<Array<{ count: number }>>(
          "SELECT (SELECT count(*) FROM one_time_tokens WHERE email = 'cleanup@example.fi')::int + (SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'cleanup@example.fi')::int AS count",
        )
      )[0].count;
    expect(await countFor()).toBe(3);
    await cleanup.cleanUp();
    expect(await countFor()).toBe(3);
    testApp.clock.advance(25 * 3_600_000);
    try {
      await cleanup.cleanUp();
      expect(await countFor()).toBe(0);
    } finally {
      testApp.clock.advance(-25 * 3_600_000);
    }
  });
});
