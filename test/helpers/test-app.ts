import { mkdtemp } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from 'pg-boss';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { FixedClock } from '../../src/common/time/clock.js';
import { loadConfig } from '../../src/config/app-config.js';
import { OutboxWorker, type OutboxRunResult } from '../../src/modules/mail/outbox.worker.js';
import { createTestDatabase, dropTestDatabase } from './test-database.js';

export interface GraphqlResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: string[] }>;
  headers: Headers;
}

export interface TestApp {
  app: NestFastifyApplication;
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  clock: FixedClock;
  dataSource: DataSource;
  databaseName: string;
  graphql<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<TData>>;
  /** Runs one outbox pass now, as the worker would. */
  sendMail(): Promise<OutboxRunResult>;
  dataDir: string;
  /**
   * Moves the app's clock, and the job queue's TestClock when one was given, to `instant`;
   * then ticks it until no job is due or running any more (a TestClock fires the workers'
   * poll timers only when ticked), so the jobs due by `instant` have run when it resolves.
   */
  moveClock(instant: Date): Promise<void>;
  /** Stops the app and drops its database. */
  close(): Promise<void>;
  /** Stops the app but keeps the database, to start another app on it. */
  stop(): Promise<void>;
}

export interface TestAppOptions {
  /** Extra environment variables, as an operator would set them. */
  env?: Record<string, string>;
  now?: Date;
  /**
   * The job queue's clock. Pass one pg-boss `TestClock` (shared by every app of a spec that
   * runs jobs) and move time with `moveClock`, which moves the app's FixedClock with it.
   */
  jobClock?: TestClock;
  /** Reuse an existing database instead of cloning a fresh one. */
  database?: { name: string; url: string };
}

/**
 * Boots the real application over HTTP on a loopback port, against a database of this
 * spec file's own (cloned from the migrated template).
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const dataDir = await mkdtemp(path.join(tmpdir(), 'akatemia-app-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO_DATA: 'false',
    DATABASE_POOL_SIZE: '5',
    DATA_DIR: dataDir,
    // Specs drive the outbox themselves (sendMail()), so timing never decides a result.
    OUTBOX_WORKER: 'false',
    // Jobs can be enqueued everywhere; only test/job-queue.e2e-spec.ts runs them.
    JOBS_ENABLED: 'false',
    PUBLIC_URL: 'https://akatemia.test',
    ...options.env,
    DATABASE_URL: database.url,
  });
  const clock = new FixedClock(options.now ?? new Date('2026-05-04T09:00:00Z'));
  const app = await createApp(config, { clock, jobClock: options.jobClock });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (typeof address !== 'object' || address === null) throw new Error('no address');
  const url = `http://127.0.0.1:${address.port}`;

  const graphql: TestApp['graphql'] = async (query, variables, headers) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphqlResponse, 'status' | 'headers'>;
    return { ...body, status: response.status, headers: response.headers } as never;
  };

  const sendMail = () => app.get(OutboxWorker).runOnce();

  const moveClock = async (instant: Date): Promise<void> => {
    clock.set(instant);
    const jobClock = options.jobClock;
    if (!jobClock) return;
    await jobClock.setTime(instant);
    // A worker fetches one job per poll and re-arms its poll timer on the TestClock only after
    // its handler finished, which tick() does not wait for: a single tick ran at most one due
    // job per queue. So tick, give the handlers real time, and repeat while jobs are due.
    const dataSource = app.get(DataSource);
    for (let round = 0; round < 50; round++) {
      await jobClock.tick(1_000);
      await sleep(100);
      const [pending] = await dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM pgboss.job
         WHERE state = 'active' OR (state IN ('created', 'retry') AND start_after <= $1)`,
        [new Date(jobClock.now())],
      );
      if (pending.n === 0) return;
    }
  };

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await app.close();
  };
  return {
    app,
    url,
    clock,
    dataSource: app.get(DataSource),
    databaseName: database.name,
    graphql,
    sendMail,
    moveClock,
    dataDir: config.dataDir,
    stop,
    async close() {
      await stop();
      await dropTestDatabase(database.name);
    },
  };
}

/** Where another instance of `app` connects: the same database, to run two app instances. */
export function sharedDatabaseOf(app: TestApp): { name: string; url: string } {
  return { name: app.databaseName, url: (app.dataSource.options as { url: string }).url };
}

/** Two app instances on one database that both run durable jobs on one shared TestClock. */
export interface JobInstances {
  first: TestApp;
  second: TestApp;
  /** Moves both apps' clocks and the jobs' clock to `instant`, running the jobs due by then. */
  moveTo(instant: Date): Promise<void>;
  /** Stops the second app, then closes the first and drops the database. */
  close(): Promise<void>;
}

/**
 * The set-up of the "once, on two instances" specs: two apps with `JOBS_ENABLED` on one
 * database, both starting at `start`, their job queues on one pg-boss TestClock.
 */
export async function startJobInstances(start: Date): Promise<JobInstances> {
  const jobClock = new TestClock(start);
  const env = { JOBS_ENABLED: 'true' };
  const first = await startTestApp({ now: start, jobClock, env });
  const second = await startTestApp({
    now: start,
    jobClock,
    env,
    database: sharedDatabaseOf(first),
  });
  return {
    first,
    second,
    async moveTo(instant) {
      first.clock.set(instant);
      await second.moveClock(instant);
    },
    async close() {
      await second.stop();
      await first.close();
    },
  };
}
