import { hashToken, newSecretToken } from '../src/common/auth/tokens.js';
import { Locale } from '../src/common/i18n/locale.js';
import { OneTimeTokenEntity } from '../src/modules/auth/entities/one-time-token.entity.js';
import { TokenPurpose } from '../src/modules/auth/one-time-token.enums.js';
import { createAcademy, createAdmin, createSignedInUser } from './factories/index.js';
import { nextNumber } from './factories/sequence.js';
import { errorCode, graphqlOk } from './helpers/graphql-ok.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const SIGN_IN =
  'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken expiresAt user { email } } }';
const SIGN_IN_LINK =
  'query ($token: String!) { signInLink(token: $token) { status email maskedEmail locale expiresAt } }';
const ME = '{ me { email } }';
const SIGN_OUT = 'mutation { signOut }';
const SIGN_OUT_EVERYWHERE = 'mutation { signOutEverywhere }';
const SESSION_HOURS = 24 * 14;

describe('browser sessions: the HttpOnly cookie beside Bearer tokens', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({
      env: {
        SESSION_TTL_HOURS: String(SESSION_HOURS),
        // Each test is its own client (X-Forwarded-For): no test spends another's sign-in budget.
        TRUST_PROXY: 'true',
      },
    });
  });
  afterAll(() => testApp.close());

  let client = 0;
  /** Headers of a fresh client address. */
  const newClient = (): Record<string, string> => {
    client += 1;
    return { 'x-forwarded-for': `198.51.100.${client}`, 'accept-language': 'en' };
  };

  /** A sign-in token as requestSignIn would mail it (the mail flow has its own spec). */
  async function issueToken(
    email = `browser-${nextNumber()}@example.fi`,
    { expiresInMs = 600_000, locale = Locale.sv } = {},
  ): Promise<{ token: string; email: string }> {
    const token = newSecretToken();
    await testApp.dataSource.getRepository(OneTimeTokenEntity).insert({
      tokenHash: hashToken(TokenPurpose.SIGN_IN, token),
      purpose: TokenPurpose.SIGN_IN,
      email,
      locale,
      subjectId: null,
      expiresAt: new Date(testApp.clock.now().getTime() + expiresInMs),
      consumedAt: null,
    });
    return { token, email };
  }

  async function post(
    body: string,
    headers: Record<string, string>,
    path = '/graphql',
  ): Promise<Response> {
    return fetch(`${testApp.url}${path}`, { method: 'POST', headers, body });
  }

  /** Signs in for a cookie session: the raw answer, its Set-Cookie and the cookie to send. */
  async function cookieSignIn(token: string, headers = newClient()) {
    const response = await post(
      JSON.stringify({ query: SIGN_IN, variables: { input: { token, session: 'COOKIE' } } }),
      { ...headers, 'content-type': 'application/json' },
    );
    const setCookie = response.headers.get('set-cookie') ?? '';
    const text = await response.text();
    const value = /^__Host-akatemia_session=([^;]*)/.exec(setCookie)?.[1] ?? '';
    return { response, text, setCookie, value, cookie: `__Host-akatemia_session=${value}` };
  }

  it('sets an HttpOnly, SameSite=Lax, Path=/, Secure, __Host- cookie for the session lifetime, and no token in the body', async () => {
    const { token, email } = await issueToken();
    const { response, text, setCookie, value } = await cookieSignIn(token);
    expect(response.status).toBe(200);
    expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(setCookie).toBe(
      `__Host-akatemia_session=${value}; Max-Age=${SESSION_HOURS * 3600}; Path=/; HttpOnly; SameSite=Lax; Secure`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = JSON.parse(text) as { data: { signIn: Record<string, unknown> } };
    expect(body.data.signIn).toMatchObject({ accessToken: null, user: { email } });
    expect(text).not.toContain(value);
  });

  it('gives a Bearer token and sets no cookie when no cookie session is asked for', async () => {
    const { token } = await issueToken();
    const response = await post(
      JSON.stringify({ query: SIGN_IN, variables: { input: { token } } }),
      {
        ...newClient(),
        'content-type': 'application/json',
      },
    );
    expect(response.headers.get('set-cookie')).toBeNull();
    const body = (await response.json()) as { data: { signIn: { accessToken: string } } };
    const me = await graphqlOk(testApp, ME, undefined, {
      authorization: `Bearer ${body.data.signIn.accessToken}`,
    });
    expect(me).toEqual({ me: { email: expect.any(String) as string } });
  });

  it('authenticates GraphQL and the REST downloads (CSV export) with the cookie', async () => {
    const admin = await createAdmin(testApp.dataSource);
    const academy = await createAcademy(testApp.dataSource);
    const { cookie } = await cookieSignIn((await issueToken(admin.user.email)).token);

    const me = await testApp.graphql(ME, undefined, { cookie });
    expect(me.data).toEqual({ me: { email: admin.user.email } });

    const csvPath = `/exports/academies/${academy.id}/applications.csv`;
    const csv = await fetch(`${testApp.url}${csvPath}`, { headers: { cookie } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await fetch(`${testApp.url}${csvPath}`)).status).toBe(401);
  });

  it('lets Bearer win when both are sent, even a Bearer token that is no good', async () => {
    const cookieUser = await issueToken();
    const { cookie } = await cookieSignIn(cookieUser.token);
    const bearerUser = await createSignedInUser(testApp.dataSource);

    const both = await testApp.graphql(ME, undefined, { cookie, ...bearerUser.headers });
    expect(both.data).toEqual({ me: { email: bearerUser.user.email } });
    const badBearer = await testApp.graphql(ME, undefined, {
      cookie,
      authorization: `Bearer ${newSecretToken()}`,
    });
    expect(badBearer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signOut revokes the cookie session and clears the cookie; the old cookie works no more', async () => {
    const admin = await createAdmin(testApp.dataSource);
    const academy = await createAcademy(testApp.dataSource);
    const { cookie } = await cookieSignIn((await issueToken(admin.user.email)).token);

    const signOut = await post(JSON.stringify({ query: SIGN_OUT }), {
      cookie,
      'content-type': 'application/json',
    });
    expect(await signOut.json()).toEqual({ data: { signOut: true } });
    expect(signOut.headers.get('set-cookie')).toBe(
      '__Host-akatemia_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax; Secure',
    );

    const me = await testApp.graphql(ME, undefined, { cookie });
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const csv = await fetch(`${testApp.url}/exports/academies/${academy.id}/applications.csv`, {
      headers: { cookie },
    });
    expect(csv.status).toBe(401);
    // The person's other sessions stay open.
    expect((await testApp.graphql(ME, undefined, admin.headers)).data).toEqual({
      me: { email: admin.user.email },
    });
  });

  it('signOutEverywhere ends the cookie session and Bearer sessions, and clears the cookie', async () => {
    const person = await createSignedInUser(testApp.dataSource);
    const { cookie } = await cookieSignIn((await issueToken(person.user.email)).token);

    const response = await post(JSON.stringify({ query: SIGN_OUT_EVERYWHERE }), {
      cookie,
      'content-type': 'application/json',
    });
    expect(await response.json()).toEqual({ data: { signOutEverywhere: 2 } });
    expect(response.headers.get('set-cookie')).toMatch(/^__Host-akatemia_session=; Max-Age=0;/);
    for (const headers of [{ cookie }, person.headers]) {
      const me = await testApp.graphql(ME, undefined, headers);
      expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('treats a request with two session cookies as signed out and clears ours (cookie tossing)', async () => {
    const victim = await issueToken();
    const { cookie: victimCookie } = await cookieSignIn(victim.token);
    const attacker = await issueToken();
    const { cookie: attackerCookie } = await cookieSignIn(attacker.token);
    // A sibling subdomain's `Domain=.example.fi; Path=/graphql` cookie is listed first
    // (longer path, RFC 6265 §5.4): neither order may sign the victim in as the attacker.
    for (const cookie of [
      `${attackerCookie}; ${victimCookie}`,
      `${victimCookie}; ${attackerCookie}`,
      `${victimCookie}; ${victimCookie}`,
    ]) {
      const response = await post(JSON.stringify({ query: ME }), {
        cookie,
        'content-type': 'application/json',
      });
      const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
      expect(body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(response.headers.get('set-cookie')).toBe(
        '__Host-akatemia_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax; Secure',
      );
    }
    // A cookie without the __Host- prefix is not ours over https: it is not even read.
    const tossed = `akatemia_session=${attackerCookie.split('=')[1]}`;
    const me = await testApp.graphql(ME, undefined, { cookie: tossed });
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Each cookie alone is still its own session (nothing was revoked).
    expect((await testApp.graphql(ME, undefined, { cookie: victimCookie })).data).toEqual({
      me: { email: victim.email },
    });
  });

  describe('CSRF: a cookie-carrying request another site can make changes nothing', () => {
    it.each([
      ['text/plain', JSON.stringify({ query: SIGN_OUT }), 400],
      ['application/x-www-form-urlencoded', `query=${encodeURIComponent(SIGN_OUT)}`, 400],
      // No body parser for multipart: Fastify refuses it before Apollo sees it.
      [
        'multipart/form-data; boundary=x',
        `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${SIGN_OUT}\r\n--x--\r\n`,
        415,
      ],
    ])('refuses a cross-site form POST as %s', async (contentType, body, status) => {
      const { cookie } = await cookieSignIn((await issueToken()).token);
      const response = await post(body, {
        cookie,
        'content-type': contentType,
        origin: 'https://evil.example',
      });
      expect(response.status).toBe(status);
      if (status === 400) expect(await response.text()).toMatch(/CSRF/);
      // The session is still open: signOut never ran.
      expect((await testApp.graphql(ME, undefined, { cookie })).data?.me).toBeTruthy();
    });

    it('refuses a GET without a preflight header, and a mutation over GET even with one', async () => {
      const { cookie } = await cookieSignIn((await issueToken()).token);
      const simpleGet = await fetch(`${testApp.url}/graphql?query=${encodeURIComponent(ME)}`, {
        headers: { cookie },
      });
      expect(simpleGet.status).toBe(400);
      const mutationGet = await fetch(
        `${testApp.url}/graphql?query=${encodeURIComponent(SIGN_OUT)}`,
        { headers: { cookie, 'apollo-require-preflight': 'true' } },
      );
      expect(mutationGet.status).toBe(405);
      expect((await testApp.graphql(ME, undefined, { cookie })).data?.me).toBeTruthy();
    });
  });

  describe('signInLink: the sign-in page reads a link without using it', () => {
    it('shows whom a valid link signs in, in which language, and leaves the link usable', async () => {
      const { token, email } = await issueToken('anna.virtanen@example.fi');
      const headers = newClient();
      for (let look = 0; look < 3; look++) {
        const { signInLink } = await graphqlOk<{ signInLink: Record<string, unknown> }>(
          testApp,
          SIGN_IN_LINK,
          { token },
          headers,
        );
        expect(signInLink).toEqual({
          status: 'VALID',
          email,
          maskedEmail: 'an•••@example.fi',
          locale: 'sv',
          expiresAt: new Date(testApp.clock.now().getTime() + 600_000).toISOString(),
        });
      }
      const signedIn = await testApp.graphql(SIGN_IN, { input: { token } }, headers);
      expect(signedIn.errors).toBeUndefined();
    });

    it('says USED after sign-in and EXPIRED after the lifetime, without the full address; signIn says the same', async () => {
      const headers = newClient();
      const used = await issueToken('used.link@example.fi');
      await graphqlOk(testApp, SIGN_IN, { input: { token: used.token } }, headers);
      const expired = await issueToken('expired.link@example.fi', { expiresInMs: -1 });

      for (const [{ token }, status, masked] of [
        [used, 'USED', 'us•••@example.fi'],
        [expired, 'EXPIRED', 'ex•••@example.fi'],
      ] as const) {
        const { signInLink } = await graphqlOk<{ signInLink: Record<string, unknown> }>(
          testApp,
          SIGN_IN_LINK,
          { token },
          headers,
        );
        expect(signInLink).toMatchObject({ status, email: null, maskedEmail: masked });
        const refused = await testApp.graphql(SIGN_IN, { input: { token } }, headers);
        expect(refused.errors?.[0].extensions).toMatchObject({
          code: 'UNAUTHENTICATED',
          signInLinkStatus: status,
        });
      }
      const usedAgain = await testApp.graphql(SIGN_IN, { input: { token: used.token } }, headers);
      expect(usedAgain.errors?.[0].message).toBe(
        'The sign-in link has already been used, and it works only once. Please ask for a new one.',
      );
    });

    it('says INVALID for a token it never issued, giving nothing away', async () => {
      const headers = newClient();
      const { signInLink } = await graphqlOk<{ signInLink: Record<string, unknown> }>(
        testApp,
        SIGN_IN_LINK,
        { token: newSecretToken() },
        headers,
      );
      expect(signInLink).toEqual({
        status: 'INVALID',
        email: null,
        maskedEmail: null,
        locale: null,
        expiresAt: null,
      });
    });

    it('counts lookups of unknown tokens with failed sign-ins: guessing is rate-limited', async () => {
      const headers = newClient();
      const codes: string[] = [];
      // RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS is 10 by default.
      for (let guess = 0; guess < 11; guess++) {
        const response = await testApp.graphql(SIGN_IN_LINK, { token: newSecretToken() }, headers);
        codes.push(errorCode(response));
      }
      expect(codes).toEqual([...Array<string>(10).fill('OK'), 'RATE_LIMITED']);
      const { token } = await issueToken();
      const signIn = await testApp.graphql(SIGN_IN, { input: { token } }, headers);
      expect(signIn.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    });

    it('signs in with the code typed from the mail, spaces and line breaks included', async () => {
      const { token, email } = await issueToken();
      const typed = `  ${token.slice(0, 20)} ${token.slice(20, 30)}\n${token.slice(30)} `;
      const { signIn } = await graphqlOk<{ signIn: { user: { email: string } } }>(
        testApp,
        SIGN_IN,
        { input: { token: typed } },
        newClient(),
      );
      expect(signIn.user.email).toBe(email);
    });
  });
});

describe('browser sessions over plain HTTP (development)', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ env: { PUBLIC_URL: 'http://127.0.0.1:3000' } });
  });
  afterAll(() => testApp.close());

  it('sets the cookie without Secure when PUBLIC_URL is http', async () => {
    const token = newSecretToken();
    await testApp.dataSource.getRepository(OneTimeTokenEntity).insert({
      tokenHash: hashToken(TokenPurpose.SIGN_IN, token),
      purpose: TokenPurpose.SIGN_IN,
      email: 'plain-http@example.fi',
      locale: Locale.fi,
      subjectId: null,
      expiresAt: new Date(testApp.clock.now().getTime() + 600_000),
      consumedAt: null,
    });
    const response = await fetch(`${testApp.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { token, session: 'COOKIE' } } }),
    });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(
      /^akatemia_session=[A-Za-z0-9_-]{43}; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    const cookie = setCookie.split(';')[0];
    expect((await testApp.graphql(ME, undefined, { cookie })).data).toEqual({
      me: { email: 'plain-http@example.fi' },
    });
  });
});
