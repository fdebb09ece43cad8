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
import { JobChain, type JobChainSlot } from '../../../database/job-chain.js';
import { JobQueue } from '../../../database/job-queue.js';
import { RetentionRunsService } from './retention-runs.service.js';

/** One job per day: the retention run of that day. */
export const RETENTION_QUEUE = 'privacy-retention';

/** The run's hour of the day (UTC): at night in Finland, away from office hours. */
const RUN_HOUR_UTC = 1;

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
  private readonly chain: JobChain;

  constructor(
    private readonly jobs: JobQueue,
    transactions: ContendedTransactions,
    private readonly runs: RetentionRunsService,
    clock: Clock,
    private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {
    this.chain = new JobChain({
      jobs,
      transactions,
      clock,
      logger,
      queue: RETENTION_QUEUE,
      keyPrefix: 'run',
      nextAt: nextRetentionRunAt,
      description: 'the retention run',
    });
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.handle<JobChainSlot>(RETENTION_QUEUE, async (job) => {
      await this.chain.planNext(new Date(job.data.at));
      const results = await this.runs.runToday();
      if (results.length > 0) this.logger.info({ results }, 'Retention run');
    });
  }

  /** Where jobs run, plans the next run once the queue has started. */
  onApplicationBootstrap(): void {
    if (this.config.jobs.enabled) this.chain.planWhenStarted();
  }

  beforeApplicationShutdown(): void {
    this.chain.stop();
  }
}
