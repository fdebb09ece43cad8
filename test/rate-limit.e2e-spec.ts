import { hashToken, newSecretToken } from '../src/common/auth/tokens.js';
import { Locale } from '../src/common/i18n/locale.js';
import { OneTimeTokenEntity } from '../src/modules/auth/entities/one-time-token.entity.js';
import { TokenPurpose } from '../src/modules/auth/one-time-token.enums.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

describe('rate limits on sign-in', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({
      env: {
        RATE_LIMIT_SIGN_IN_PER_EMAIL: '3',
        RATE_LIMIT_SIGN_IN_PER_ADDRESS: '40',
        RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS: '4',
        // Each test is its own client (X-Forwarded-For), so no test spends another's budget.
        TRUST_PROXY: 'true',
      },
    });
  });
  afterAll(() => testApp.close());

  const from = (address: string) => ({ 'x-forwarded-for': address });

  it('counts every aliased requestSignIn in one HTTP request separately, per e-mail', async () => {
    // Mutation fields run one after another; the fourth is refused and, the field being
    // non-null, execution stops there.
    const aliases = Array.from(
      { length: 20 },
      (_, index) => `a${index}: requestSignIn(input: { email: "alias@example.fi", locale: en })`,
    ).join('\n');
    const response = await testApp.graphql(`mutation {\n${aliases}\n}`, undefined, {
      'accept-language': 'en',
      ...from('192.0.2.1'),
    });
    const limited = (response.errors ?? []).filter(
      (error) => error.extensions?.code === 'RATE_LIMITED',
    );
    expect(limited).toHaveLength(1);
    expect(limited[0].path).toEqual(['a3']);
    expect(limited[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited[0].message).toMatch(/^Too many attempts\. Try again in \d+ seconds\.$/);
    // Only the three allowed requests left a mail behind.
    const [{ count }] = await testApp.dataSource.query<Array<{ count: number }>>(
      "SELECT count(*)::int AS count FROM one_time_tokens WHERE email = 'alias@example.fi'",
    );
    expect(count).toBe(3);
  });

  it('refuses a batched array outright, so batching cannot slip past either', async () => {
    const body = JSON.stringify(
      Array.from({ length: 5 }, () => ({
        query: 'mutation { requestSignIn(input: { email: "batch@example.fi", locale: en }) }',
      })),
    );
    const response = await fetch(`${testApp.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from('192.0.2.2') },
      body,
    });
    expect(response.status).toBe(400);
    const [{ count }] = await testApp.dataSource.query<Array<{ count: number }>>(
      "SELECT count(*)::int AS count FROM one_time_tokens WHERE email = 'batch@example.fi'",
    );
    expect(count).toBe(0);
  });

  it('limits requests per client address across different e-mails', async () => {
    const aliases = Array.from(
      { length: 40 },
      (_, index) =>
        `a${index}: requestSignIn(input: { email: "many-${index}@example.fi", locale: en })`,
    ).join('\n');
    // This address first spends 4 of its 40 on one e-mail (3 sent, the 4th refused by the
    // per-e-mail limit — a refusal still counts against the address).
    const address = from('192.0.2.3');
    const first = Array.from(
      { length: 4 },
      (_, index) => `b${index}: requestSignIn(input: { email: "first@example.fi", locale: en })`,
    ).join('\n');
    const spent = await testApp.graphql(`mutation {\n${first}\n}`, undefined, address);
    expect(spent.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['b3'], 'RATE_LIMITED'],
    ]);
    const response = await testApp.graphql(`mutation {\n${aliases}\n}`, undefined, address);
    const limited = (response.errors ?? []).filter(
      (error) => error.extensions?.code === 'RATE_LIMITED',
    );
    expect(limited.map((error) => error.path)).toEqual([['a36']]);
    const [{ count }] = await testApp.dataSource.query<Array<{ count: number }>>(
      "SELECT count(*)::int AS count FROM one_time_tokens WHERE email LIKE 'many-%'",
    );
    expect(count).toBe(36);
    // The limit is per address: another client is still served.
    const other = await testApp.graphql(
      'mutation { requestSignIn(input: { email: "elsewhere@example.fi", locale: en }) }',
      undefined,
      from('192.0.2.4'),
    );
    expect(other.errors).toBeUndefined();
  });

  it('limits failed signIn attempts per address: then even a valid token waits', async () => {
    const signIn = (token: string) =>
      testApp.graphql(
        'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
        { input: { token } },
        from('192.0.2.5'),
      );
    for (let attempt = 0; attempt < 4; attempt++) {
      expect((await signIn(newSecretToken())).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    // A genuine, unexpired sign-in token: refused too while the address is blocked, and
    // left unconsumed for later.
    const valid = newSecretToken();
    await testApp.dataSource.getRepository(OneTimeTokenEntity).insert({
      tokenHash: hashToken(TokenPurpose.SIGN_IN, valid),
      purpose: TokenPurpose.SIGN_IN,
      email: 'waits@example.fi',
      locale: Locale.en,
      subjectId: null,
      expiresAt: new Date(testApp.clock.now().getTime() + 600_000),
      consumedAt: null,
    });
    const blocked = await signIn(valid);
    expect(blocked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const [{ consumed }] = await testApp.dataSource.query<Array<{ consumed: Date | null }>>(
      "SELECT consumed_at AS consumed FROM one_time_tokens WHERE email = 'waits@example.fi'",
    );
    expect(consumed).toBeNull();
  });
});
