import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
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
});
