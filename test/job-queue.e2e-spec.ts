import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { JobQueue, type QueuedJob } from '../src/database/job-queue.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { createTestDatabase, dropTestDatabase } from './helpers/test-database.js';

// A throwaway queue and tables of this spec only: the job queue is plumbing, no feature here.
const QUEUE = 'test-effects';
const JOBS = { JOBS_ENABLED: 'true' };

interface EffectJob {
  key: string;
}

async function createTables(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `CREATE TABLE IF NOT EXISTS test_job_guards (key text PRIMARY KEY, done_at timestamptz);
     CREATE TABLE IF NOT EXISTS test_job_runs (key text NOT NULL, instance text NOT NULL, ran_at timestamptz NOT NULL DEFAULT clock_timestamp());
     CREATE TABLE IF NOT EXISTS test_job_effects (key text NOT NULL)`,
  );
}

/**
 * Written as handlers must be: the effect and its guard row commit together, and a second run
 * finds the guard done and writes nothing. `failFirst` throws after the effect committed, as a
 * crash between the effect and pg-boss's completion would.
 */
async function registerHandler(
  testApp: TestApp,
  instance: string,
  options: { failFirst?: boolean } = {},
): Promise<void> {
  await testApp.app.get(JobQueue).handle<EffectJob>(
    QUEUE,
    async (job: QueuedJob<EffectJob>) => {
      await testApp.dataSource.query(`INSERT INTO test_job_runs (key, instance) VALUES ($1, $2)`, [
        job.data.key,
        instance,
      ]);
      await testApp.dataSource.transaction(async (manager) => {
        const [, claimed] = await manager.query<[unknown[], number]>(
          `UPDATE test_job_guards SET done_at = now() WHERE key = $1 AND done_at IS NULL`,
          [job.data.key],
        );
        if (claimed === 1)
          await manager.query(`INSERT INTO test_job_effects (key) VALUES ($1)`, [job.data.key]);
      });
      if (options.failFirst && job.retryCount === 0) throw new Error('failing on purpose');
    },
    { retryDelaySeconds: 1 },
  );
}

/** Enqueues in a transaction that also writes the job's guard row; rolls back if asked. */
async function enqueueWithGuard(
  testApp: TestApp,
  key: string,
  options: { startAfter?: Date; rollBack?: boolean; singletonKey?: string } = {},
): Promise<string | null> {
  let id: string | null = null;
  await testApp.dataSource
    .transaction(async (manager) => {
      await manager.query(`INSERT INTO test_job_guards (key) VALUES ($1) ON CONFLICT DO NOTHING`, [
        key,
      ]);
      id = await testApp.app.get(JobQueue).enqueue<EffectJob>(
        manager,
        QUEUE,
        { key },
        {
          startAfter: options.startAfter,
          singletonKey: options.singletonKey ?? key,
        },
      );
      if (options.rollBack) throw new Error('roll back');
    })
    .catch((error: unknown) => {
      if (!options.rollBack) throw error;
    });
  return id;
}

const countOf = async (dataSource: DataSource, table: string, key: string): Promise<number> => {
  const [row] = await dataSource.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM ${table} WHERE key = $1`,
    [key],
  );
  return row.n;
};

const jobState = async (dataSource: DataSource, id: string): Promise<string | undefined> => {
  const rows = await dataSource.query<Array<{ state: string }>>(
    `SELECT state FROM pgboss.job WHERE id = $1`,
    [id],
  );
  return rows[0]?.state;
};

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await sleep(200);
  }
}

/** The database's time decides when a job is due, so the due instant is taken from it. */
async function databaseNowPlus(dataSource: DataSource, milliseconds: number): Promise<Date> {
  const [row] = await dataSource.query<Array<{ now: Date }>>(`SELECT clock_timestamp() AS now`);
  return new Date(new Date(row.now).getTime() + milliseconds);
}

describe('job queue (pg-boss)', () => {
  describe('one instance', () => {
    let testApp: TestApp;

    beforeAll(async () => {
      testApp = await startTestApp({ env: JOBS });
      await createTables(testApp.dataSource);
      await registerHandler(testApp, 'A', { failFirst: true });
    });
    afterAll(async () => {
      await testApp.close();
    });

    it('runs a job enqueued in a transaction that commits, and never one whose transaction rolled back', async () => {
      const committed = await enqueueWithGuard(testApp, 'committed');
      const rolledBack = await enqueueWithGuard(testApp, 'rolled-back', { rollBack: true });
      expect(committed).toEqual(expect.any(String));
      expect(rolledBack).toEqual(expect.any(String));

      await waitFor(async () => (await jobState(testApp.dataSource, committed!)) === 'completed');
      expect(await countOf(testApp.dataSource, 'test_job_effects', 'committed')).toBe(1);
      // The rolled-back job never existed: no row, no run, no effect.
      expect(await jobState(testApp.dataSource, rolledBack!)).toBeUndefined();
      expect(await countOf(testApp.dataSource, 'test_job_runs', 'rolled-back')).toBe(0);
    });

    it('retries a handler that throws, and an idempotent handler does not repeat its effect', async () => {
      // registerHandler's failFirst: the first run writes the effect and then throws.
      const id = await enqueueWithGuard(testApp, 'flaky');
      await waitFor(async () => (await jobState(testApp.dataSource, id!)) === 'completed');
      expect(await countOf(testApp.dataSource, 'test_job_runs', 'flaky')).toBe(2);
      expect(await countOf(testApp.dataSource, 'test_job_effects', 'flaky')).toBe(1);
    });

    it('refuses a second job with the same singletonKey while the first waits, and takes one again after cancel', async () => {
      const later = await databaseNowPlus(testApp.dataSource, 3600_000);
      const first = await enqueueWithGuard(testApp, 'single', { startAfter: later });
      expect(first).toEqual(expect.any(String));
      expect(await enqueueWithGuard(testApp, 'single', { startAfter: later })).toBeNull();

      await testApp.app.get(JobQueue).cancel(QUEUE, first!);
      expect(await jobState(testApp.dataSource, first!)).toBe('cancelled');
      const again = await enqueueWithGuard(testApp, 'single', { startAfter: later });
      expect(again).toEqual(expect.any(String));
      expect(again).not.toBe(first);
    });

    it('refuses to enqueue outside a transaction', async () => {
      await expect(
        testApp.app.get(JobQueue).enqueue(testApp.dataSource.manager, QUEUE, { key: 'loose' }),
      ).rejects.toThrow(/open transaction/);
    });
  });

  it('runs a scheduled job once, when due, with two instances, after the instance that enqueued it restarted', async () => {
    const database = await createTestDatabase();
    const apps: TestApp[] = [];
    try {
      const first = await startTestApp({ database, env: JOBS });
      apps.push(first);
      await createTables(first.dataSource);
      await registerHandler(first, 'first');
      const due = await databaseNowPlus(first.dataSource, 4000);
      const id = await enqueueWithGuard(first, 'scheduled', { startAfter: due });
      await first.stop();

      // The enqueuing instance comes back, and a second one runs beside it.
      for (const name of ['restarted', 'second']) {
        const testApp = await startTestApp({ database, env: JOBS });
        apps.push(testApp);
        await registerHandler(testApp, name);
      }
      const [, restarted] = apps;
      await waitFor(async () => (await jobState(restarted.dataSource, id!)) === 'completed');
      // Both kept polling for a few more rounds: still one run.
      await sleep(2500);
      const runs = await restarted.dataSource.query<Array<{ instance: string; ran_at: Date }>>(
        `SELECT instance, ran_at FROM test_job_runs WHERE key = 'scheduled'`,
      );
      expect(runs).toHaveLength(1);
      expect(['restarted', 'second']).toContain(runs[0].instance);
      expect(new Date(runs[0].ran_at).getTime()).toBeGreaterThanOrEqual(due.getTime());
      expect(await countOf(restarted.dataSource, 'test_job_effects', 'scheduled')).toBe(1);
    } finally {
      for (const testApp of apps) await testApp.stop();
      await dropTestDatabase(database.name);
    }
  });

  it('enqueues but runs nothing where JOBS_ENABLED is false', async () => {
    const testApp = await startTestApp();
    try {
      await createTables(testApp.dataSource);
      await registerHandler(testApp, 'disabled');
      const id = await enqueueWithGuard(testApp, 'idle');
      await sleep(2500);
      expect(await jobState(testApp.dataSource, id!)).toBe('created');
      expect(await countOf(testApp.dataSource, 'test_job_runs', 'idle')).toBe(0);
    } finally {
      await testApp.close();
    }
  });
});
