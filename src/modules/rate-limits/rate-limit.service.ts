import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainException } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';

export interface Limit {
  /** Readable prefix, e.g. `sign-in:email`. */
  name: string;
  /** The counted thing (an address, an e-mail); hashed before it is stored. */
  subject: string;
  max: number;
  windowSeconds: number;
}

const keyOf = (limit: Limit): string =>
  `${limit.name}:${createHash('sha256').update(limit.subject).digest('hex').slice(0, 40)}`;

/**
 * Fixed-window counters in PostgreSQL (`rate_limit_counters`, owned here), so every
 * instance sees the same counts. Each call counts one operation — an aliased field or a
 * batched entry is one call each. Features that limit something (sign-in, invitations)
 * import this module; the table is named nowhere else.
 */
@Injectable()
export class RateLimitService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counts one hit and refuses with RATE_LIMITED (and retryAfterSeconds) past the maximum.
   * Counting and deciding are one atomic statement, so parallel calls cannot all pass:
   * of N concurrent calls against a fresh counter, exactly `max` get through.
   */
  async consume(limit: Limit): Promise<void> {
    const [row] = await this.dataSource.query<Array<{ hits: number; retry_after: number }>>(
      `INSERT INTO rate_limit_counters AS counter (key, window_started_at, hits) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN counter.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE counter.hits + 1 END,
         window_started_at = CASE WHEN counter.window_started_at <= now() - make_interval(secs => $2) THEN now() ELSE counter.window_started_at END
       RETURNING hits, GREATEST(1, CEIL(EXTRACT(EPOCH FROM (window_started_at + make_interval(secs => $2) - now()))))::int AS retry_after`,
      [keyOf(limit), limit.windowSeconds],
    );
    if (row.hits > limit.max) this.refuse(row.retry_after);
  }

  /**
   * Gives back one hit of the current window (an attempt counted up front that turned out
   * not to be one of the counted kind, e.g. a sign-in that succeeded).
   */
  async refund(limit: Limit): Promise<void> {
    await this.dataSource.query(
      `UPDATE rate_limit_counters SET hits = GREATEST(hits - 1, 0)
       WHERE key = $1 AND window_started_at > now() - make_interval(secs => $2)`,
      [keyOf(limit), limit.windowSeconds],
    );
  }

  /** Deletes counters whose window began before the cut-off; answers how many. */
  async deleteStartedBefore(cutoff: Date): Promise<number> {
    const [, deleted] = await this.dataSource.query<[unknown, number]>(
      'DELETE FROM rate_limit_counters WHERE window_started_at < $1',
      [cutoff],
    );
    return deleted;
  }

  private refuse(retryAfterSeconds: number): never {
    throw new DomainException(
      ErrorCode.RATE_LIMITED,
      { retryAfterSeconds },
      { params: { seconds: retryAfterSeconds } },
    );
  }
}
