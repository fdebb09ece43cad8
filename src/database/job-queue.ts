import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { PgBoss, type Clock as PgBossClock } from 'pg-boss';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { ROOT_LOGGER } from '../common/logging/logging.module.js';

/** The job queue's source of time (pg-boss's Clock): tests pass pg-boss's TestClock. */
export type JobClock = PgBossClock;
/** Injection token of the JobClock; null = the system clock and the database's now(). */
export const JOB_QUEUE_CLOCK = Symbol('JOB_QUEUE_CLOCK');

/** The schema the job-queue migration creates; pg-boss never changes it (`migrate: false`). */
export const JOB_QUEUE_SCHEMA = 'pgboss';
/** How often an idle worker looks for due jobs, per queue and instance. */
const POLLING_INTERVAL_SECONDS = 1;

export interface EnqueueOptions {
  /** Not before this instant (the database's clock decides). Unset → as soon as possible. */
  startAfter?: Date;
  /**
   * On an `exclusive` queue (the default) at most one job per key is waiting or running:
   * enqueueing another returns null. Without a key, the whole queue counts as one key.
   */
  singletonKey?: string;
}

export interface QueueOptions {
  /** `exclusive` (default): one waiting-or-running job per singletonKey. `standard`: no limit. */
  policy?: 'exclusive' | 'standard';
  /** Retries after the first failure (default 5), `retryDelaySeconds` apart, doubling. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A run taking longer than this is treated as failed and retried (default 15 minutes). */
  expireInSeconds?: number;
}

export interface QueuedJob<TData> {
  id: string;
  data: TData;
  /** 0 on the first run. */
  retryCount: number;
}

/**
 * A handler runs at least once per job, and again after a failure, a crash or an expired run:
 * its effects must be written so that a second run changes nothing (a guard row updated
 * `WHERE <not yet done>` in the handler's own transaction, see docs/architecture.md).
 */
export type JobHandler<TData> = (job: QueuedJob<TData>) => Promise<void>;

interface Registration {
  queue: string;
  handler: JobHandler<never>;
  options: QueueOptions;
}

/**
 * Durable, time-driven jobs on pg-boss in the app's own database (schema `pgboss`): they
 * survive restarts and each runs on one instance at a time. Jobs are enqueued inside the
 * caller's TypeORM transaction, so they exist exactly when the caller's rows do.
 *
 * Every instance starts pg-boss (on a pool of its own, at most 3 connections) so that it can
 * enqueue; only instances with JOBS_ENABLED run handlers and pg-boss's maintenance. It starts
 * after the migrations (onApplicationBootstrap follows every onModuleInit) and stops before
 * the DataSource closes, letting a running handler finish for half of SHUTDOWN_TIMEOUT_MS;
 * a handler cut off then is run again once its run expires.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private boss: PgBoss | undefined;
  private ready: Promise<void> | undefined;
  private readonly pending: Registration[] = [];

  constructor(
    private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    @Inject(JOB_QUEUE_CLOCK) private readonly clock: JobClock | null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.ready = this.start();
    await this.ready;
  }

  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    await this.ready?.catch(() => undefined);
    await boss.stop({ graceful: true, close: true, timeout: this.config.shutdownTimeoutMs / 2 });
    this.boss = undefined;
  }

  /**
   * Declares a queue and, where JOBS_ENABLED, runs `handler` for its jobs. Call it from a
   * module's onModuleInit (or later): the queue must be declared before anything enqueues.
   */
  async handle<TData>(
    queue: string,
    handler: JobHandler<TData>,
    options: QueueOptions = {},
  ): Promise<void> {
    const registration: Registration = { queue, handler, options };
    if (!this.ready) {
      this.pending.push(registration);
      return;
    }
    await this.register(await this.started(), registration);
  }

  /**
   * Enqueues a job inside the caller's transaction: it is committed or rolled back with the
   * caller's rows. Returns the job's id, or null when an exclusive queue already holds a job
   * with this singletonKey.
   */
  async enqueue<TData extends object>(
    manager: EntityManager,
    queue: string,
    data: TData,
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error('JobQueue.enqueue needs the EntityManager of an open transaction');
    const boss = await this.started();
    return boss.send(queue, data, {
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      db: inTransaction(manager),
    });
  }

  /**
   * Cancels a job that has not finished (a no-op for one that has); inside the caller's
   * transaction when a manager is given.
   */
  async cancel(queue: string, id: string, manager?: EntityManager): Promise<void> {
    const boss = await this.started();
    await boss.cancel(queue, id, manager ? { db: inTransaction(manager) } : {});
  }

  /**
   * Cancels, in the caller's transaction, the queue's jobs that are still waiting (not yet
   * fetched by a worker) and whose singletonKey starts with `keyPrefix`, except the keys in
   * `keep`; answers the cancelled keys. A job a worker is fetching at this moment is skipped
   * (its row is locked), so its handler must still find the work gone and do nothing.
   */
  async cancelWaiting(
    manager: EntityManager,
    queue: string,
    keyPrefix: string,
    keep: readonly string[] = [],
  ): Promise<string[]> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error('JobQueue.cancelWaiting needs the EntityManager of an open transaction');
    const boss = await this.started();
    const waiting = await manager.query<Array<{ id: string; singleton_key: string }>>(
      `SELECT id, singleton_key FROM ${JOB_QUEUE_SCHEMA}.job
       WHERE name = $1 AND state < 'active' AND singleton_key IS NOT NULL
         AND starts_with(singleton_key, $2) AND NOT (singleton_key = ANY($3::text[]))
       FOR UPDATE SKIP LOCKED`,
      [queue, keyPrefix, [...keep]],
    );
    if (waiting.length === 0) return [];
    await boss.cancel(
      queue,
      waiting.map((job) => job.id),
      { db: inTransaction(manager) },
    );
    return waiting.map((job) => job.singleton_key);
  }

  private async started(): Promise<PgBoss> {
    await this.ready;
    if (!this.boss) throw new Error('The job queue is not running');
    return this.boss;
  }

  private async start(): Promise<void> {
    if (!this.config.databaseUrl)
      throw new Error('No database URL: start the embedded database first');
    const enabled = this.config.jobs.enabled;
    const boss = new PgBoss({
      connectionString: this.config.databaseUrl,
      schema: JOB_QUEUE_SCHEMA,
      migrate: false,
      createSchema: false,
      max: 3,
      application_name: 'akatemia-jobs',
      // Maintenance (expiring runs, deleting finished jobs) only where jobs run.
      supervise: enabled,
      schedule: false,
      ...(this.clock ? { clock: this.clock } : {}),
    });
    boss.on('error', (error: unknown) => this.logger.error({ err: error }, 'Job queue error'));
    await boss.start();
    this.boss = boss;
    const pending = this.pending.splice(0);
    for (const registration of pending) await this.register(boss, registration);
    this.logger.info({ enabled, queues: pending.map((entry) => entry.queue) }, 'Job queue started');
  }

  private async register(boss: PgBoss, { queue, handler, options }: Registration): Promise<void> {
    await boss.createQueue(queue, {
      policy: options.policy ?? 'exclusive',
      retryLimit: options.retryLimit ?? 5,
      retryDelay: options.retryDelaySeconds ?? 10,
      retryBackoff: true,
      expireInSeconds: options.expireInSeconds ?? 15 * 60,
    });
    if (!this.config.jobs.enabled) return;
    await boss.work<never>(
      queue,
      { batchSize: 1, pollingIntervalSeconds: POLLING_INTERVAL_SECONDS },
      async ([job]) => {
        try {
          await handler({ id: job.id, data: job.data, retryCount: job.retryCount });
        } catch (error) {
          this.logger.warn(
            { err: error, queue, jobId: job.id, retryCount: job.retryCount },
            'Job failed; pg-boss retries it',
          );
          throw error;
        }
      },
    );
  }
}

/** pg-boss's database interface over the caller's TypeORM transaction. */
function inTransaction(manager: EntityManager) {
  return {
    executeSql: async (text: string, values?: unknown[]) => ({
      rows: await manager.query<unknown[]>(text, values),
    }),
  };
}
