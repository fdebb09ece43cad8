import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Pool } from 'pg';
import type { Logger } from 'pino';
import { AppConfig } from '../../config/app-config.js';
import { ROOT_LOGGER } from '../logging/logging.module.js';

/** Readiness answers within about this long, whatever the database does. */
const READINESS_TIMEOUT_MS = 1500;

/**
 * What the health probes ask of the process; the controller only answers HTTP. Readiness
 * has one connection of its own, outside the app's pool: when requests queue on a held lock
 * and take every pooled connection, the probe still answers at once (and truthfully), and a
 * frozen database answers "down" within READINESS_TIMEOUT_MS instead of after minutes.
 */
@Injectable()
export class HealthService implements OnModuleDestroy {
  private readonly pool: Pool;

  constructor(
    config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {
    this.pool = new Pool({
      connectionString: config.databaseUrl,
      max: 1,
      application_name: 'akatemia-health',
      connectionTimeoutMillis: READINESS_TIMEOUT_MS,
      // Client side: a server that accepted the query and then froze cannot hold the probe.
      query_timeout: READINESS_TIMEOUT_MS,
      statement_timeout: READINESS_TIMEOUT_MS,
      idleTimeoutMillis: 60_000,
    });
    // A dropped idle connection must not crash the process; the next probe opens another.
    this.pool.on('error', (error) =>
      this.logger.debug({ err: error }, 'The readiness connection failed; it was discarded'),
    );
  }

  /** True when the database answers a trivial statement within READINESS_TIMEOUT_MS. */
  async databaseAnswers(): Promise<boolean> {
    try {
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
