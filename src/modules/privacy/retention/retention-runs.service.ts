import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { IsNull, type EntityManager, type Repository } from 'typeorm';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../../../common/logging/logging.module.js';
import { PersonalDataRegistry, type RetentionTask } from '../../../common/privacy/personal-data.js';
import { RETENTION_KINDS, RetentionScope } from '../../../common/privacy/retention-kinds.js';
import { Clock } from '../../../common/time/clock.js';
import { ContendedTransactions } from '../../../database/contended-transactions.js';
import { AcademiesService } from '../../academies/academies.service.js';
import { RetentionRunEntity } from '../entities/retention-run.entity.js';
import type { RetentionRunModel, RetentionRunsArgs } from './retention.models.js';
import { RetentionSettingsService } from './retention-settings.service.js';

// A concurrent run of the same day waits for the first one's commit at the guard row, and
// the tasks may lock rows that users are writing: wait rather than fail and retry.
const RUN_LOCKS = { lockTimeoutMs: 60_000 };

export interface RetentionRunResult {
  academyId: string | null;
  counts: Record<string, number>;
}

/**
 * The instant `months` calendar months before `now` (UTC): records anchored at or before it are
 * due (one anchored exactly at it has been kept its whole period).
 */
export function cutOff(now: Date, months: number): Date {
  return DateTime.fromJSDate(now, { zone: 'utc' }).minus({ months }).toJSDate();
}

/**
 * A day's retention run: for every academy, then once for the platform-wide kinds, it inserts
 * the day's `retention_runs` row first and, only when that insert took place, runs every
 * registered RetentionTask in the same transaction and stores their counts on the row. A second
 * run of the same day — a retry, the job on another instance, a manual run — finds the row
 * (the unique index waits for a concurrent run to commit) and does nothing. A task that throws
 * rolls its academy's whole run back; the other academies and the platform kinds still run,
 * and the run then throws so the job is retried (the done ones' rows stand).
 */
@Injectable()
export class RetentionRunsService {
  constructor(
    @InjectRepository(RetentionRunEntity) private readonly runs: Repository<RetentionRunEntity>,
    private readonly registry: PersonalDataRegistry,
    private readonly settings: RetentionSettingsService,
    private readonly academies: AcademiesService,
    private readonly transactions: ContendedTransactions,
    private readonly clock: Clock,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  /** Runs today's retention; answers what this call did (nothing for runs done before). */
  async runToday(): Promise<RetentionRunResult[]> {
    const now = this.clock.now();
    const runDate = now.toISOString().slice(0, 10);
    const results: RetentionRunResult[] = [];
    const failures: unknown[] = [];
    for (const academyId of await this.academies.allIds()) {
      const counts = await this.runScope(
        academyId,
        runDate,
        now,
        async (manager) =>
          new Map(
            (await this.settings.of(academyId, manager))
              .filter((setting) => setting.scope === RetentionScope.ACADEMY)
              .map((setting) => [setting.kind as string, setting.months]),
          ),
      ).catch((error: unknown) => {
        // One academy's failure must not stop the others' (nor the platform's) run every day.
        // Logged by id and error name only: a message may quote a record's personal data.
        failures.push(error);
        this.logger.error(
          { academyId, runDate, error: error instanceof Error ? error.name : 'unknown' },
          'Retention run of an academy failed; it is retried',
        );
        return null;
      });
      if (counts) results.push({ academyId, counts });
    }
    const platform = await this.runScope(null, runDate, now, () =>
      Promise.resolve(
        new Map(
          RETENTION_KINDS.filter((kind) => kind.scope === RetentionScope.PLATFORM).map((kind) => [
            kind.kind as string,
            kind.defaultMonths,
          ]),
        ),
      ),
    );
    if (platform) results.push({ academyId: null, counts: platform });
    if (failures.length > 0)
      throw new AggregateError(
        failures,
        `Retention run ${runDate}: ${failures.length} academies failed`,
      );
    return results;
  }

  /** The runs of an academy (or, without one, the platform-wide runs), newest first. */
  async list(args: RetentionRunsArgs): Promise<RetentionRunModel[]> {
    if (args.academyId) await this.academies.require(args.academyId);
    const rows = await this.runs.find({
      where: { academyId: args.academyId ?? IsNull() },
      order: { runDate: 'DESC' },
      skip: args.offset,
      take: args.limit,
    });
    return rows.map((row) => ({
      id: row.id,
      academyId: row.academyId,
      runDate: row.runDate,
      ranAt: row.ranAt,
      counts: RETENTION_KINDS.filter((kind) => kind.kind in row.counts).map((kind) => ({
        kind: kind.kind,
        count: row.counts[kind.kind],
      })),
    }));
  }

  /**
   * One academy's run (or, for `null`, the platform-wide kinds') in its own transaction: claims
   * the day's row, runs every task with the cut-offs of the periods `monthsOf` answers (kind →
   * months), and stores the counts. Answers null when the day's run was done before.
   */
  private runScope(
    academyId: string | null,
    runDate: string,
    now: Date,
    monthsOf: (manager: EntityManager) => Promise<Map<string, number>>,
  ): Promise<Record<string, number> | null> {
    return this.transactions.run(async (manager) => {
      if (!(await this.claim(manager, academyId, runDate, now))) return null;
      const months = await monthsOf(manager);
      const cutOffOf = (kind: string) => {
        const period = months.get(kind);
        return period === undefined ? undefined : cutOff(now, period);
      };
      const tasks: readonly RetentionTask[] = this.registry.allRetentionTasks();
      const counts = zeroCounts(
        academyId === null ? RetentionScope.PLATFORM : RetentionScope.ACADEMY,
      );
      for (const task of tasks) {
        const done =
          academyId === null
            ? await task.applyPlatform?.(manager, cutOffOf)
            : await task.apply?.(manager, academyId, cutOffOf);
        if (done) addCounts(counts, done);
      }
      await this.store(manager, academyId, runDate, counts);
      return counts;
    }, RUN_LOCKS);
  }

  /** Inserts the day's row; false when a run of that day already has one (or holds it now). */
  private async claim(
    manager: EntityManager,
    academyId: string | null,
    runDate: string,
    now: Date,
  ): Promise<boolean> {
    const conflict =
      academyId === null
        ? `("run_date") WHERE "academy_id" IS NULL`
        : `("academy_id", "run_date") WHERE "academy_id" IS NOT NULL`;
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO retention_runs (academy_id, run_date, ran_at, counts) VALUES ($1, $2, $3, '{}')
       ON CONFLICT ${conflict} DO NOTHING RETURNING id`,
      [academyId, runDate, now],
    );
    return inserted.length > 0;
  }

  private async store(
    manager: EntityManager,
    academyId: string | null,
    runDate: string,
    counts: Record<string, number>,
  ): Promise<void> {
    await manager
      .getRepository(RetentionRunEntity)
      .update({ academyId: academyId ?? IsNull(), runDate }, { counts });
  }
}

function zeroCounts(scope: RetentionScope): Record<string, number> {
  return Object.fromEntries(
    RETENTION_KINDS.filter((kind) => kind.scope === scope).map((kind) => [kind.kind, 0]),
  );
}

function addCounts(total: Record<string, number>, counts: Record<string, number>): void {
  for (const [kind, count] of Object.entries(counts)) total[kind] = (total[kind] ?? 0) + count;
}
