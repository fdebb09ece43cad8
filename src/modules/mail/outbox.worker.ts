import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, In } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { ROOT_LOGGER } from '../../common/logging/logging.module.js';
import { Clock } from '../../common/time/clock.js';
import { OutboxMessageEntity } from './entities/outbox-message.entity.js';
import { OutboxStatus } from './outbox-message.enums.js';
import { MailTransport, PermanentMailError } from './mail-transport.js';

// Small batches keep one claim's lease (below) far longer than the time to send them.
const BATCH_SIZE = 5;
/** Bodies that carry a secret (a sign-in token) are blanked once delivered. */
const SENSITIVE_TYPES = new Set(['SIGN_IN_LINK']);
const SCRUBBED = '[removed after sending: it contained a one-time sign-in token]';
/** A claimed message not finished by then (the worker died mid-send) is claimed again. */
const LEASE_MS = 5 * 60 * 1000;

export interface OutboxRunResult {
  sent: number;
  retried: number;
  parked: number;
}

/**
 * Sends what the outbox holds. Every instance may run it: rows are claimed with
 * FOR UPDATE SKIP LOCKED, so two workers never take the same row. A crash after the SMTP
 * server accepted a message but before it was marked SENT means it is sent again when the
 * lease expires: at-least-once, never lost.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<OutboxRunResult> | undefined;
  private stopped = false;

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

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
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
    for (;;) {
      const batch = await this.claim();
      if (batch.length === 0) return result;
      for (const message of batch) {
        const outcome = await this.deliver(message);
        result[outcome] += 1;
      }
    }
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

  private async deliver(message: OutboxMessageEntity): Promise<'sent' | 'retried' | 'parked'> {
    const repository = this.dataSource.getRepository(OutboxMessageEntity);
    try {
      await this.transport.send(message);
      // Sent is sent: also when the message was cancelled while in flight.
      await repository.update(
        // Only while the lease is still ours (a slow send may have been reclaimed by another
        // worker, whose outcome then counts).
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
          ...(SENSITIVE_TYPES.has(message.type) ? { textBody: SCRUBBED, htmlBody: SCRUBBED } : {}),
        },
      );
      return 'sent';
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const permanent = error instanceof PermanentMailError;
      if (permanent || message.attempts >= this.config.mail.maxAttempts) {
        // Only while still ours: a message cancelled meanwhile stays cancelled.
        await repository.update(
          {
            id: message.id,
            status: OutboxStatus.SENDING,
            lockedUntil: message.lockedUntil ?? undefined,
          },
          { status: OutboxStatus.PARKED, lockedUntil: null, lastError: reason.slice(0, 2000) },
        );
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
      await repository.update(
        {
          id: message.id,
          status: OutboxStatus.SENDING,
          lockedUntil: message.lockedUntil ?? undefined,
        },
        {
          status: OutboxStatus.PENDING,
          lockedUntil: null,
          lastError: reason.slice(0, 2000),
          availableAt: new Date(this.clock.now().getTime() + delay),
        },
      );
      this.logger.warn(
        { messageId: message.id, type: message.type, attempts: message.attempts, reason },
        'Mail send failed; will retry',
      );
      return 'retried';
    }
  }
}
