import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../../../common/logging/logging.module.js';
import { Clock } from '../../../common/time/clock.js';
import { AppConfig } from '../../../config/app-config.js';
import { ContendedTransactions } from '../../../database/contended-transactions.js';
import { JobQueue } from '../../../database/job-queue.js';
import { RetentionRunsService } from './retention-runs.service.js';

/** One job per day: the retention run of that day. */
export const RETENTION_QUEUE = 'privacy-retention';

/** The run's hour of the day (UTC): at night in Finland, away from office hours. */
const RUN_HOUR_UTC = 1;

interface RetentionJobData {
  /** The instant the job was planned for (ISO). */
  at: string;
}

/** The next daily run instant strictly after `instant`. */
export function nextRetentionRunAt(instant: Date): Date {
  const next = new Date(
    Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate(), RUN_HOUR_UTC),
  );
  if (next <= instant) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/**
 * The daily retention run as a chain of durable jobs, one per day (`singletonKey` = the day),
 * each planning the next before it works; every instance that runs jobs plans the next day at
 * start, which the key makes one job. The run itself is guarded per academy and day
 * (RetentionRunsService), so a retry or a second instance changes nothing more.
 */
@Injectable()
export class RetentionJob
  implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown
{
  private stopping = false;

  constructor(
    private readonly jobs: JobQueue,
    private readonly transactions: ContendedTransactions,
    private readonly runs: RetentionRunsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.handle<RetentionJobData>(RETENTION_QUEUE, async (job) => {
      await this.planNext(new Date(job.data.at));
      const results = await this.runs.runToday();
      if (results.length > 0) this.logger.info({ results }, 'Retention run');
    });
  }

  /** Where jobs run, plans the next run once the queue has started (see FollowUpReminders). */
  onApplicationBootstrap(): void {
    if (!this.config.jobs.enabled) return;
    void (async () => {
      for (let attempt = 0; attempt < 100 && !this.stopping; attempt++) {
        try {
          await this.planNext();
          return;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      if (!this.stopping) this.logger.error('Could not plan the retention run');
    })();
  }

  beforeApplicationShutdown(): void {
    this.stopping = true;
  }

  /**
   * Plans the next day's run (a no-op when it is already waiting), after now and after `after`
   * — the running job's own instant, so a clock a little behind never plans it again.
   */
  async planNext(after?: Date): Promise<void> {
    const now = this.clock.now();
    const at = nextRetentionRunAt(after && after > now ? after : now);
    await this.transactions.run((manager) =>
      this.jobs.enqueue<RetentionJobData>(
        manager,
        RETENTION_QUEUE,
        { at: at.toISOString() },
        { startAfter: at, singletonKey: `run:${at.toISOString()}` },
      ),
    );
  }
}
