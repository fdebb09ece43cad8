import { setTimeout as sleep } from 'node:timers/promises';
import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, In } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { ROOT_LOGGER } from '../../common/logging/logging.module.js';
import { Clock } from '../../common/time/clock.js';
import { OutboxMessageEntity } from './entities/outbox-message.entity.js';
import { OutboxStatus } from './outbox-message.enums.js';
import { MailTransport, PermanentMailError } from './mail-transport.js';

// Small batches keep one claim's lease (below) far longer than the time to send them: at most
// BATCH_SIZE × MAIL_SEND_TIMEOUT_MS (5 × 50 s at most) < LEASE_MS.
const BATCH_SIZE = 5;
/** Bodies that carry a secret (a sign-in token) are blanked once delivered. */
const SENSITIVE_TYPES = new Set(['SIGN_IN_LINK']);
const SCRUBBED = '[removed after sending: it contained a one-time sign-in token]';
/** A claimed message not finished by then (the worker died mid-send) is claimed again. */
const LEASE_MS = 5 * 60 * 1000;
/** Recording SENT is retried this long at most (never past the lease), the send never. */
const BOOKKEEPING_FIRST_WAIT_MS = 250;
const BOOKKEEPING_MAX_WAIT_MS = 5000;

export interface OutboxRunResult {
  sent: number;
  retried: number;
  parked: number;
}

/**
 * Sends what the outbox holds. Every instance may run it: rows are claimed with
 * FOR UPDATE SKIP LOCKED, so two workers never take the same row. Once the relay accepted
 * a message, recording SENT is retried through a database blip (never the send); only a
 * crash, or a database away for the whole lease, leaves the row to be sent again when the
 * lease expires: at-least-once, never lost.
 *
 * Shutdown stops between messages: the message in flight gets half of SHUTDOWN_TIMEOUT_MS
 * to finish (then it is aborted), and claimed rows not yet sent go back to PENDING.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<OutboxRunResult> | undefined;
  private stopped = false;
  /** Aborts a send still in flight when the shutdown grace is over. */
  private readonly stopping = new AbortController();

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.mail.workerEnabled) this.schedule();
  }

  // Before the DataSource closes (TypeORM closes it in onApplicationShutdown): unsent rows
  // must still be put back.
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const grace = setTimeout(() => this.stopping.abort(), this.config.shutdownTimeoutMs / 2);
    try {
      await this.running?.catch(() => undefined);
    } finally {
      clearTimeout(grace);
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.runOnce()
        .catch((error: unknown) => this.logger.error({ err: error }, 'Outbox run failed'))
        .finally(() => this.schedule());
    }, this.config.mail.pollIntervalMs);
    this.timer.unref();
  }

  /** One pass over due messages; serialised within this process. */
  runOnce(): Promise<OutboxRunResult> {
    const previous = this.running ?? Promise.resolve({ sent: 0, retried: 0, parked: 0 });
    const run = previous.catch(() => undefined).then(() => this.drain());
    this.running = run;
    return run;
  }

  private async drain(): Promise<OutboxRunResult> {
    const result: OutboxRunResult = { sent: 0, retried: 0, parked: 0 };
    while (!this.stopped) {
      const claimedAt = Date.now();
      const batch = await this.claim();
      if (batch.length === 0) return result;
      for (const [index, message] of batch.entries()) {
        if (this.stopped) {
          await this.release(batch.slice(index));
          break;
        }
        const outcome = await this.deliver(message, claimedAt + LEASE_MS);
        if (outcome !== 'released') result[outcome] += 1;
      }
    }
    return result;
  }

  /** Claimed rows this worker will not try after all: back to PENDING, due now, attempt not counted. */
  private async release(messages: OutboxMessageEntity[]): Promise<void> {
    for (const message of messages) {
      await this.dataSource
        .getRepository(OutboxMessageEntity)
        .update(this.stillOurs(message), {
          status: OutboxStatus.PENDING,
          lockedUntil: null,
          attempts: Math.max(message.attempts - 1, 0),
        })
        .catch((error: unknown) =>
          // Left SENDING: claimed again when the lease expires.
          this.logger.warn({ err: error, messageId: message.id }, 'Could not release a mail'),
        );
    }
  }

  /** Only while the row is still SENDING under this worker's lease. */
  private stillOurs(message: OutboxMessageEntity) {
    return {
      id: message.id,
      status: OutboxStatus.SENDING,
      lockedUntil: message.lockedUntil ?? undefined,
    };
  }

  private async claim(): Promise<OutboxMessageEntity[]> {
    const now = this.clock.now();
    // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
    const [rows] = await this.dataSource.query<[Array<{ id: string }>, number]>(
      `UPDATE outbox_messages SET status = '${OutboxStatus.SENDING}', locked_until = $2, attempts = attempts + 1, updated_at = now()
       WHERE id IN (
         SELECT id FROM outbox_messages
         WHERE (status = '${OutboxStatus.PENDING}' AND available_at <= $1) OR (status = '${OutboxStatus.SENDING}' AND locked_until < $1)
         ORDER BY available_at
         LIMIT $3
         FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [now, new Date(now.getTime() + LEASE_MS), BATCH_SIZE],
    );
    if (rows.length === 0) return [];
    return this.dataSource
      .getRepository(OutboxMessageEntity)
      .find({ where: rows.map((row) => ({ id: row.id })), order: { availableAt: 'ASC' } });
  }

  private async deliver(
    message: OutboxMessageEntity,
    leaseEndsAt: number,
  ): Promise<'sent' | 'retried' | 'parked' | 'released'> {
    try {
      await this.transport.send(message, this.stopping.signal);
    } catch (error) {
      if (this.stopping.signal.aborted) {
        // Cut off by shutdown: not the relay's fault, so no attempt is counted.
        await this.release([message]);
        return 'released';
      }
      return this.recordFailure(message, error).catch((bookkeepingError: unknown) => {
        // The row stays SENDING and is claimed again when its lease expires.
        this.logger.error(
          { err: bookkeepingError, messageId: message.id },
          'Could not record a failed mail; it is retried when its lease expires',
        );
        return 'retried' as const;
      });
    }
    await this.recordSent(message, leaseEndsAt);
    return 'sent';
  }

  /**
   * The relay has the message: record it, retrying through a database blip so that the
   * message is not sent again. Sending again is left for when the lease has run out.
   */
  private async recordSent(message: OutboxMessageEntity, leaseEndsAt: number): Promise<void> {
    const repository = this.dataSource.getRepository(OutboxMessageEntity);
    let wait = BOOKKEEPING_FIRST_WAIT_MS;
    for (let attempt = 1; ; attempt++) {
      try {
        // Sent is sent: also when the message was cancelled while in flight. Only while the
        // lease is still ours (a slow send may have been reclaimed by another worker, whose
        // outcome then counts).
        await repository.update(
          {
            id: message.id,
            status: In([OutboxStatus.SENDING, OutboxStatus.CANCELLED]),
            lockedUntil: message.lockedUntil ?? undefined,
          },
          {
            status: OutboxStatus.SENT,
            sentAt: this.clock.now(),
            lockedUntil: null,
            lastError: null,
            ...(SENSITIVE_TYPES.has(message.type)
              ? { textBody: SCRUBBED, htmlBody: SCRUBBED }
              : {}),
          },
        );
        if (attempt > 1)
          this.logger.info({ messageId: message.id, attempt }, 'Mail recorded as sent');
        return;
      } catch (error) {
        const giveUp =
          Date.now() + wait >= leaseEndsAt - BOOKKEEPING_MAX_WAIT_MS ||
          (this.stopping.signal.aborted && attempt > 1);
        if (giveUp) {
          this.logger.error(
            { err: error, messageId: message.id, type: message.type, attempts: attempt },
            'Mail was sent but could not be recorded; it may be sent again when its lease expires',
          );
          return;
        }
        if (attempt === 1) {
          this.logger.warn(
            { err: error, messageId: message.id },
            'Mail was sent but recording it failed; retrying the bookkeeping (not the send)',
          );
        }
        await sleep(wait);
        wait = Math.min(wait * 2, BOOKKEEPING_MAX_WAIT_MS);
      }
    }
  }

  private async recordFailure(
    message: OutboxMessageEntity,
    error: unknown,
  ): Promise<'retried' | 'parked'> {
    const repository = this.dataSource.getRepository(OutboxMessageEntity);
    const reason = error instanceof Error ? error.message : String(error);
    const permanent = error instanceof PermanentMailError;
    if (permanent || message.attempts >= this.config.mail.maxAttempts) {
      // Only while still ours: a message cancelled meanwhile stays cancelled.
      await repository.update(this.stillOurs(message), {
        status: OutboxStatus.PARKED,
        lockedUntil: null,
        lastError: reason.slice(0, 2000),
      });
      this.logger.error(
        { messageId: message.id, type: message.type, attempts: message.attempts, reason },
        'Mail parked',
      );
      return 'parked';
    }
    // Exponential backoff: base, 2×base, 4×base… capped at six hours.
    const delay = Math.min(
      this.config.mail.retryBaseMs * 2 ** (message.attempts - 1),
      6 * 3600 * 1000,
    );
    await repository.update(this.stillOurs(message), {
      status: OutboxStatus.PENDING,
      lockedUntil: null,
      lastError: reason.slice(0, 2000),
      availableAt: new Date(this.clock.now().getTime() + delay),
    });
    this.logger.warn(
      { messageId: message.id, type: message.type, attempts: message.attempts, reason },
      'Mail send failed; will retry',
    );
    return 'retried';
  }
}
