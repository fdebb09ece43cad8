import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { hashToken, newSecretToken } from '../src/common/auth/tokens.js';
import { Locale } from '../src/common/i18n/locale.js';
import { AcademyEntity } from '../src/modules/academies/entities/academy.entity.js';
import { AuditEntryEntity } from '../src/modules/audit/entities/audit-entry.entity.js';
import { OneTimeTokenEntity } from '../src/modules/auth/entities/one-time-token.entity.js';
import { TokenPurpose } from '../src/modules/auth/one-time-token.enums.js';
import { createAdmin, createAcademy, createDraftAcademy } from './factories/index.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

// Database trouble is an outage the client can wait out (SERVICE_UNAVAILABLE), not a bug
// (INTERNAL_SERVER_ERROR with a stack per request).

/** Another session holding a lock until released: the "hot row" of a fault test. */
async function holdLock(testApp: TestApp, statement: string, parameters: unknown[] = []) {
  const client = new Client({
    connectionString: (testApp.dataSource.options as { url: string }).url,
  });
  await client.connect();
  await client.query('BEGIN');
  await client.query(statement, parameters);
  return async () => {
    await client.query('ROLLBACK');
    await client.end();
  };
}

describe('database trouble', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ env: { DATABASE_LOCK_TIMEOUT_MS: '300' } });
  });
  afterAll(() => testApp.close());
  afterEach(() => jest.restoreAllMocks());

  it('answers SERVICE_UNAVAILABLE (retryable) to a mutation on a row held locked, logged once', async () => {
    // An app of its own: "once per episode" is counted per instance, and another test's
    // episode on the shared app would swallow this one's line.
    const ownApp = await startTestApp({ env: { DATABASE_LOCK_TIMEOUT_MS: '300' } });
    try {
      await publishOnHeldLock(ownApp);
    } finally {
      await ownApp.close();
    }
  });

  async function publishOnHeldLock(testApp: TestApp): Promise<void> {
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    const errors = jest.spyOn(Logger.prototype, 'error');
    const admin = await createAdmin(testApp.dataSource);
    const academy = await createDraftAcademy(testApp.dataSource);
    const release = await holdLock(testApp, 'SELECT 1 FROM academies WHERE id = $1 FOR UPDATE', [
      academy.id,
    ]);
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        const started = Date.now();
        const response = await testApp.graphql(
          'mutation ($input: AcademyIdInput!) { publishAcademy(input: $input) { status } }',
          { input: { academyId: academy.id } },
          { ...admin.headers, 'accept-language': 'en' },
        );
        expect(Date.now() - started).toBeLessThan(3000);
        expect(response.errors?.[0].extensions).toMatchObject({
          code: 'SERVICE_UNAVAILABLE',
          retryAfterSeconds: 5,
        });
        expect(response.errors?.[0].message).toBe(
          'The service is busy or unreachable right now. Try again in 5 seconds.',
        );
      }
      // One line for the episode, no "Unexpected error" with a stack per request.
      const logged = (spy: typeof warnings) =>
        spy.mock.calls.map(([entry]) => (entry as { msg?: string }).msg ?? String(entry));
      expect(logged(warnings).filter((msg) => /Database unavailable/.test(msg))).toHaveLength(1);
      expect(logged(errors).filter((msg) => /Unexpected error/.test(msg))).toEqual([]);
    } finally {
      await release();
    }
    // The lock gone, the same request succeeds.
    const retried = await testApp.graphql(
      'mutation ($input: AcademyIdInput!) { publishAcademy(input: $input) { status } }',
      { input: { academyId: academy.id } },
      admin.headers,
    );
    expect(retried.data).toEqual({ publishAcademy: { status: 'OPEN' } });
  }

  it('answers HTTP 503 with Retry-After on a REST route', async () => {
    const academy = await createAcademy(testApp.dataSource);
    const release = await holdLock(testApp, 'LOCK TABLE academies IN ACCESS EXCLUSIVE MODE');
    try {
      const response = await fetch(`${testApp.url}/calendar/academies/${academy.slug}.ics`, {
        headers: { 'accept-language': 'fi' },
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(await response.json()).toEqual({
        error: {
          code: 'SERVICE_UNAVAILABLE',
          message:
            'Palvelu on juuri nyt ruuhkautunut tai tavoittamattomissa. Yritä uudelleen 5 sekunnin kuluttua.',
          retryAfterSeconds: 5,
        },
      });
    } finally {
      await release();
    }
  });

  it('answers readiness within 2 s while every pooled connection is busy', async () => {
    // The test app's pool has 5 connections (DATABASE_POOL_SIZE); all of them sleep.
    const sleepers = Array.from({ length: 5 }, () =>
      testApp.dataSource.query('SELECT pg_sleep(4)'),
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const started = Date.now();
      const ready = await fetch(`${testApp.url}/health/ready`);
      expect(Date.now() - started).toBeLessThan(2000);
      expect([ready.status, await ready.json()]).toEqual([200, { status: 'ok', database: 'up' }]);
    } finally {
      await Promise.all(sleepers);
    }
  });

  it('keeps the API answering while more mutations than the pool has wait on one held row', async () => {
    // An app of its own with the default timeouts; its pool has 5 connections.
    const ownApp = await startTestApp();
    try {
      const admin = await createAdmin(ownApp.dataSource);
      const academy = await createDraftAcademy(ownApp.dataSource);
      const token = newSecretToken();
      await ownApp.dataSource.getRepository(OneTimeTokenEntity).insert({
        tokenHash: hashToken(TokenPurpose.SIGN_IN, token),
        purpose: TokenPurpose.SIGN_IN,
        email: 'held-lock@example.fi',
        locale: Locale.en,
        subjectId: null,
        expiresAt: new Date(ownApp.clock.now().getTime() + 600_000),
        consumedAt: null,
      });
      const release = await holdLock(ownApp, 'SELECT 1 FROM academies WHERE id = $1 FOR UPDATE', [
        academy.id,
      ]);
      const timed = async <T>(work: () => Promise<T>) => {
        const started = Date.now();
        const result = await work();
        return { result, ms: Date.now() - started };
      };
      let mutations: Array<Promise<{ result: { code: unknown }; ms: number }>> = [];
      const unrelated: Record<string, number> = {};
      let answered: Array<{ result: { code: unknown }; ms: number }> = [];
      try {
        mutations = Array.from({ length: 30 }, () =>
          timed(async () => {
            const response = await ownApp.graphql(
              'mutation ($input: AcademyIdInput!) { publishAcademy(input: $input) { status } }',
              { input: { academyId: academy.id } },
              admin.headers,
            );
            return { code: response.errors?.[0]?.extensions?.code ?? 'OK' };
          }),
        );
        // The mutations have taken what they may of the pool and wait on the row.
        await new Promise((resolve) => setTimeout(resolve, 300));
        const checks = await Promise.all([
          timed(async () =>
            expect((await ownApp.graphql('{ academies { id } }')).errors).toBeUndefined(),
          ),
          timed(async () =>
            expect(
              (
                await ownApp.graphql(
                  'mutation ($input: RequestSignInInput!) { requestSignIn(input: $input) }',
                  { input: { email: 'someone@example.fi', locale: 'fi' } },
                )
              ).data,
            ).toEqual({ requestSignIn: true }),
          ),
          timed(async () =>
            expect(
              (
                await ownApp.graphql(
                  'mutation ($input: SignInInput!) { signIn(input: $input) { user { email } } }',
                  { input: { token } },
                )
              ).data,
            ).toEqual({ signIn: { user: { email: 'held-lock@example.fi' } } }),
          ),
          timed(async () => expect((await fetch(`${ownApp.url}/health/live`)).status).toBe(200)),
          timed(async () => {
            const ready = await fetch(`${ownApp.url}/health/ready`);
            expect([ready.status, await ready.json()]).toEqual([
              200,
              { status: 'ok', database: 'up' },
            ]);
          }),
        ]);
        ['academies', 'requestSignIn', 'signIn', 'live', 'ready'].forEach((name, index) => {
          unrelated[name] = checks[index].ms;
        });
        // The lock is held until every mutation has answered.
        answered = await Promise.all(mutations);
      } finally {
        await release();
      }
      process.stdout.write(
        `held lock: unrelated ${JSON.stringify(unrelated)} ms; mutations ${answered
          .map(({ ms }) => ms)
          .sort((a, b) => a - b)
          .join(',')} ms\n`,
      );
      for (const ms of Object.values(unrelated)) expect(ms).toBeLessThan(2000);
      // Each waiting mutation answered the retryable code: the first ones after the contended
      // lock wait (1 s, not the session's 5 s lock_timeout), the last ones after at most the
      // pool wait (3 s) and one more lock wait.
      for (const { result } of answered) expect(result.code).toBe('SERVICE_UNAVAILABLE');
      const times = answered.map(({ ms }) => ms);
      expect(Math.min(...times)).toBeLessThan(2500);
      expect(Math.max(...times)).toBeLessThan(6000);
      // Nothing of the refused publications stayed behind.
      const stored = await ownApp.dataSource
        .getRepository(AcademyEntity)
        .findOneByOrFail({ id: academy.id });
      expect(stored.status).toBe('DRAFT');
      expect(
        await ownApp.dataSource
          .getRepository(AuditEntryEntity)
          .countBy({ entityType: 'academy', entityId: academy.id, action: 'academy.open' }),
      ).toBe(0);
    } finally {
      await ownApp.close();
    }
  });

  it('ends a query the server never answers at the client-side bound (query_timeout)', async () => {
    // Server-side bounds lifted: only DATABASE_QUERY_TIMEOUT_MS can end the wait.
    const ownApp = await startTestApp({
      env: {
        DATABASE_STATEMENT_TIMEOUT_MS: '600000',
        DATABASE_LOCK_TIMEOUT_MS: '600000',
        DATABASE_QUERY_TIMEOUT_MS: '1000',
      },
    });
    try {
      await createAcademy(ownApp.dataSource);
      const release = await holdLock(ownApp, 'LOCK TABLE academies IN ACCESS EXCLUSIVE MODE');
      try {
        const started = Date.now();
        const response = await ownApp.graphql('{ academies { id } }');
        const ms = Date.now() - started;
        expect(response.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
        expect(ms).toBeGreaterThanOrEqual(900);
        expect(ms).toBeLessThan(2500);
        // The connection still waiting on the server was discarded, not handed to the next
        // request (which would queue behind it and time out too).
        for (let attempt = 0; attempt < 5; attempt++) {
          const next = Date.now();
          const answer = await ownApp.graphql(
            'mutation ($input: RequestSignInInput!) { requestSignIn(input: $input) }',
            { input: { email: `after-timeout-${attempt}@example.fi`, locale: 'fi' } },
          );
          expect(answer.data).toEqual({ requestSignIn: true });
          expect(Date.now() - next).toBeLessThan(800);
        }
      } finally {
        await release();
      }
    } finally {
      await ownApp.close();
    }
  });
});
