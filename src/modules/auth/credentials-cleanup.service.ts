import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { ROOT_LOGGER } from '../../common/logging/logging.module.js';
import { Clock } from '../../common/time/clock.js';
import { AppConfig } from '../../config/app-config.js';
import { RateLimitService } from '../rate-limits/rate-limit.service.js';

const HOUR_MS = 3_600_000;

/**
 * Deletes what can no longer be used: sign-in tokens and sessions a day after they expired
 * or were revoked, and rate-limit counters whose window closed a day ago. Idempotent, so
 * every instance may run it.
 */
@Injectable()
export class CredentialsCleanupService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly rateLimits: RateLimitService,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    // Runs with the background workers (OUTBOX_WORKER), hourly.
    if (!this.config.mail.workerEnabled) return;
    this.timer = setInterval(() => {
      void this.cleanUp().catch((error: unknown) =>
        this.logger.warn({ err: error }, 'Cleanup failed'),
      );
    }, HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async cleanUp(): Promise<{ tokens: number; sessions: number; counters: number }> {
    const cutoff = new Date(this.clock.now().getTime() - 24 * HOUR_MS);
    const [, tokens] = await this.dataSource.query<[unknown, number]>(
      'DELETE FROM one_time_tokens WHERE expires_at < $1',
      [cutoff],
    );
    const [, sessions] = await this.dataSource.query<[unknown, number]>(
      'DELETE FROM sessions WHERE expires_at < $1 OR revoked_at < $1',
      [cutoff],
    );
    const counters = await this.rateLimits.deleteStartedBefore(cutoff);
    return { tokens, sessions, counters };
  }
}
