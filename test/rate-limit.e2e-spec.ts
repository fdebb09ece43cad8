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
        RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS: '10',
        // Each test is its own client (X-Forwarded-For), so no test spends another's budget.
        TRUST_PROXY: 'true',
      },
    });
  });
  afterAll(() => testApp.close());

  const from = (address: string) => ({ 'x-forwarded-for': address });

  const requestSignIn = (email: string, address: string) =>
    testApp.graphql(
      'mutation ($input: RequestSignInInput!) { requestSignIn(input: $input) }',
      { input: { email, locale: 'en' } },
      { 'accept-language': 'en', ...from(address) },
    );
  const codeOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
    response.errors?.[0]?.extensions?.code;

  it('counts every requestSignIn per e-mail, the fourth refused', async () => {
    const answers = [];
    for (let call = 0; call < 5; call++)
      answers.push(await requestSignIn('alias@example.fi', '192.0.2.1'));
    expect(answers.map(codeOf)).toEqual([
      undefined,
      undefined,
      undefined,
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);
    const limited = answers[3].errors![0];
    expect(limited.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.message).toMatch(/^Too many attempts\. Try again in \d+ seconds\.$/);
    // Only the three allowed requests left a mail behind.
    const [{ count }] = await testApp.dataSource.query<Array<{ count: number }>>(
      "SELECT count(*)::int AS count FROM one_time_tokens WHERE email = 'alias@example.fi'",
    );
    expect(count).toBe(3);
  });

  it('counts +tags and quoted spellings of one mailbox together, and mails the address given', async () => {
    const spellings = [
      'tagged@example.fi',
      'Tagged+one@example.fi',
      '"tagged"@example.fi',
      '"tagged+two"@example.fi',
      'tagged+three@example.fi',
    ];
    const answers = [];
    for (const email of spellings) answers.push(await requestSignIn(email, '192.0.2.9'));
    expect(answers.map(codeOf)).toEqual([
      undefined,
      undefined,
      undefined,
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);
    const rows = await testApp.dataSource.query<Array<{ email: string }>>(
      "SELECT email FROM one_time_tokens WHERE email LIKE '%tagged%' ORDER BY created_at, email",
    );
    // The links went to the addresses as given (lower-cased), not to the counted mailbox.
    expect(rows.map((row) => row.email).sort()).toEqual(
      ['tagged@example.fi', 'tagged+one@example.fi', '"tagged"@example.fi'].sort(),
    );
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
    // This address first spends 4 of its 40 on one e-mail (3 sent, the 4th refused by the
    // per-e-mail limit — a refusal still counts against the address).
    const address = '192.0.2.3';
    const first = [];
    for (let call = 0; call < 4; call++)
      first.push(await requestSignIn('first@example.fi', address));
    expect(first.map(codeOf)).toEqual([undefined, undefined, undefined, 'RATE_LIMITED']);
    const answers = [];
    for (let index = 0; index < 40; index++)
      answers.push(await requestSignIn(`many-${index}@example.fi`, address));
    const limited = answers.flatMap((answer, index) =>
      codeOf(answer) === 'RATE_LIMITED' ? [index] : [],
    );
    expect(limited[0]).toBe(36);
    expect(limited).toHaveLength(4);
    const [{ count }] = await testApp.dataSource.query<Array<{ count: number }>>(
      "SELECT count(*)::int AS count FROM one_time_tokens WHERE email LIKE 'many-%'",
    );
    expect(count).toBe(36);
    // The limit is per address: another client is still served.
    const other = await requestSignIn('elsewhere@example.fi', '192.0.2.4');
    expect(other.errors).toBeUndefined();
  });

  it('limits failed signIn attempts per address: then even a valid token waits', async () => {
    const signIn = (token: string) =>
      testApp.graphql(
        'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
        { input: { token } },
        from('192.0.2.5'),
      );
    for (let attempt = 0; attempt < 10; attempt++) {
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

  it('evaluates exactly the limit of failed signIn attempts sent in parallel', async () => {
    const signIn = () =>
      testApp.graphql(
        'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
        { input: { token: newSecretToken() } },
        from('192.0.2.6'),
      );
    const answers = await Promise.all(Array.from({ length: 40 }, () => signIn()));
    const codes = answers.map(codeOf);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(10);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(30);
  });

  it('does not count a successful signIn as a failure', async () => {
    const address = from('192.0.2.7');
    const signIn = (token: string) =>
      testApp.graphql(
        'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
        { input: { token } },
        address,
      );
    for (let round = 0; round < 12; round++) {
      const valid = newSecretToken();
      await testApp.dataSource.getRepository(OneTimeTokenEntity).insert({
        tokenHash: hashToken(TokenPurpose.SIGN_IN, valid),
        purpose: TokenPurpose.SIGN_IN,
        email: `succeeds-${round}@example.fi`,
        locale: Locale.en,
        subjectId: null,
        expiresAt: new Date(testApp.clock.now().getTime() + 600_000),
        consumedAt: null,
      });
      expect((await signIn(valid)).errors).toBeUndefined();
    }
  });
});
