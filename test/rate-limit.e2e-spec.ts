import { newSecretToken } from '../src/common/auth/tokens.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

describe('rate limits on sign-in', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({
      env: {
        RATE_LIMIT_SIGN_IN_PER_EMAIL: '3',
        RATE_LIMIT_SIGN_IN_PER_ADDRESS: '40',
        RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS: '4',
      },
    });
  });
  afterAll(() => testApp.close());

  it('counts every aliased requestSignIn in one HTTP request separately, per e-mail', async () => {
    // Mutation fields run one after another; the fourth is refused and, the field being
    // non-null, execution stops there.
    const aliases = Array.from(
      { length: 20 },
      (_, index) => `a${index}: requestSignIn(input: { email: "alias@example.fi", locale: en })`,
    ).join('\n');
    const response = await testApp.graphql(`mutation {\n${aliases}\n}`, undefined, {
      'accept-language': 'en',
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
      headers: { 'content-type': 'application/json' },
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
    // This address already spent 4 of its 40 in the first test (3 sent, 1 refused).
    const response = await testApp.graphql(`mutation {\n${aliases}\n}`);
    const limited = (response.errors ?? []).filter(
      (error) => error.extensions?.code === 'RATE_LIMITED',
    );
    expect(limited.map((error) => error.path)).toEqual([['a36']]);
    const [{ count }] = await testApp.dataSource.query<Array<{ count: number }>>(
      "SELECT count(*)::int AS count FROM one_time_tokens WHERE email LIKE 'many-%'",
    );
    expect(count).toBe(36);
  });

  it('limits failed signIn attempts per address: then even a valid token waits', async () => {
    const signIn = (token: string) =>
      testApp.graphql('mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', {
        input: { token },
      });
    for (let attempt = 0; attempt < 4; attempt++) {
      expect((await signIn(newSecretToken())).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await signIn(newSecretToken());
    expect(blocked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});
