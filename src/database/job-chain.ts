import type { Logger } from 'pino';
import type { Clock } from '../common/time/clock.js';
import type { ContendedTransactions } from './contended-transactions.js';
import type { JobQueue } from './job-queue.js';

/** The one thing a chain's job carries: the slot it was planned for (ISO). */
export interface JobChainSlot {
  at: string;
}

export interface JobChainOptions {
  jobs: JobQueue;
  transactions: ContendedTransactions;
  clock: Clock;
  logger: Logger;
  queue: string;
  /** `singletonKey` prefix: the key is `<prefix>:<slot instant>`. */
  keyPrefix: string;
  /** The next slot strictly after an instant (the top of the next hour, 01:00 UTC, …). */
  nextAt: (instant: Date) => Date;
  /** For the log line when the first slot cannot be planned, e.g. `the retention run`. */
  description: string;
}

/**
 * A recurring durable task as a chain of pg-boss jobs, one per time slot (`singletonKey` = the
 * slot): each job plans the next slot before it works, and every instance that runs jobs plans
 * the next slot when it starts — the key makes that one job, whatever the number of instances.
 * Used by the follow-up reminder sweep (hourly) and the retention run (daily).
 */
export class JobChain {
  private stopping = false;

  constructor(private readonly options: JobChainOptions) {}

  /**
   * Plans the next slot once the queue has started: the queue starts in its own bootstrap
   * hook, whose order against the caller's is not fixed, so this tries until it answers.
   */
  planWhenStarted(): void {
    void (async () => {
      for (let attempt = 0; attempt < 100 && !this.stopping; attempt++) {
        try {
          await this.planNext();
          return;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      if (!this.stopping) this.options.logger.error(`Could not plan ${this.options.description}`);
    })();
  }

  /** The application is shutting down: stop trying to plan. */
  stop(): void {
    this.stopping = true;
  }

  /**
   * Plans the next slot (a no-op when it is already waiting), after now and after `after` —
   * the running job's own slot, so that a clock a little behind the database's never plans
   * the running slot again (its key is taken) and ends the chain.
   */
  async planNext(after?: Date): Promise<void> {
    const { jobs, transactions, clock, queue, keyPrefix, nextAt } = this.options;
    const now = clock.now();
    const at = nextAt(after && after > now ? after : now);
    await transactions.run((manager) =>
      jobs.enqueue<JobChainSlot>(
        manager,
        queue,
        { at: at.toISOString() },
        { startAfter: at, singletonKey: `${keyPrefix}:${at.toISOString()}` },
      ),
    );
  }
}
