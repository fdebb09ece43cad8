import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config.js';

/** The message isDatabaseUnavailable() recognises (src/common/errors/database-unavailable.ts). */
export const CONTENDED_CAPACITY_MESSAGE = 'No connection for contended work became free in time';

/** At most `size` holders; a waiter gives up after `waitMs`. First come, first served. */
class Bulkhead {
  private inUse = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly size: number) {}

  async acquire(waitMs: number): Promise<() => void> {
    if (this.inUse < this.size) {
      this.inUse++;
      return this.releaser();
    }
    await new Promise<void>((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(grant), 1);
        reject(new Error(CONTENDED_CAPACITY_MESSAGE));
      }, waitMs);
      this.waiting.push(grant);
    });
    // The releaser handed its place straight to this waiter: inUse is unchanged.
    return this.releaser();
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.inUse--;
    };
  }
}

/**
 * The one way features run a write transaction that locks rows other requests lock too
 * (a slot being booked, an application being saved, an academy being published). Two
 * bounds keep one hot row from stalling the whole API:
 *
 * - a short `lock_timeout` (DATABASE_CONTENDED_LOCK_TIMEOUT_MS, default 1 s) for the
 *   transaction: a request queued on a held row gives its connection back soon, with the
 *   retryable SERVICE_UNAVAILABLE (SQLSTATE 55P03);
 * - a bulkhead: at most `capacity` such transactions per instance hold (or wait for) a
 *   pooled connection; a quarter of the pool, at least one connection, stays free for
 *   everything else — sign-in, the session check, reads, the health probe. A request that
 *   finds the bulkhead full waits up to DATABASE_POOL_WAIT_MS, then gets
 *   SERVICE_UNAVAILABLE too.
 *
 * Sign-in, rate-limit counters (one statement each) and reads never come here.
 */
@Injectable()
export class ContendedTransactions {
  readonly capacity: number;
  private readonly bulkhead: Bulkhead;
  private readonly lockTimeout: string;
  private readonly waitMs: number;

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.capacity = contendedCapacity(config.database.poolSize);
    this.bulkhead = new Bulkhead(this.capacity);
    this.lockTimeout = `${config.database.contendedLockTimeoutMs}ms`;
    this.waitMs = config.database.poolWaitMs;
  }

  /**
   * `lockTimeoutMs` replaces the short contended lock timeout for work that queues before it
   * comes here, so that at most a few transactions ever wait on its rows (registration's
   * per-event queue: one waiter per instance).
   */
  async run<T>(
    work: (manager: EntityManager) => Promise<T>,
    options: { lockTimeoutMs?: number } = {},
  ): Promise<T> {
    const release = await this.bulkhead.acquire(this.waitMs);
    const lockTimeout =
      options.lockTimeoutMs === undefined ? this.lockTimeout : `${options.lockTimeoutMs}ms`;
    try {
      return await this.dataSource.transaction(async (manager) => {
        // Transaction-local: the pooled connection keeps the session's lock_timeout after.
        await manager.query("SELECT set_config('lock_timeout', $1, true)", [lockTimeout]);
        return work(manager);
      });
    } finally {
      release();
    }
  }
}

/** Pool connections contended transactions may hold: all but a quarter (at least one). */
export function contendedCapacity(poolSize: number): number {
  return Math.max(1, poolSize - Math.max(1, Math.floor(poolSize / 4)));
}
