import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { JobQueue } from '../../database/job-queue.js';
import { AcademiesService } from '../academies/academies.service.js';
import { TimelineService } from '../timeline/timeline.service.js';
import { ReserveListService } from './reserve-list.service.js';

/** The queue whose job moves a released academy to RUNNING when its programme starts. */
export const PROGRAMME_START_QUEUE = 'selection-programme-start';

interface ProgrammeStartJob {
  academyId: string;
}

/**
 * An academy is RUNNING once its cohort is settled (ReserveListService.settleIfDone) or once
 * its programme starts, whichever comes first: the release schedules a job at the start of
 * the first cohort event (the kick-off). When the job runs, a kick-off moved later since is
 * waited for with a new job at the new start; then SELECTION → RUNNING, audited, once.
 */
@Injectable()
export class ProgrammeStart implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly transactions: ContendedTransactions,
    private readonly academies: AcademiesService,
    private readonly timeline: TimelineService,
    private readonly reserveList: ReserveListService,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.handle<ProgrammeStartJob>(PROGRAMME_START_QUEUE, (job) =>
      this.start(job.data.academyId),
    );
  }

  /** Enqueues the move for the programme's start, in the caller's (the release's) transaction. */
  async schedule(manager: EntityManager, academyId: string): Promise<void> {
    const startsAt = await this.timeline.programmeStartOf(academyId, manager);
    if (!startsAt) return;
    await this.jobs.enqueue<ProgrammeStartJob>(
      manager,
      PROGRAMME_START_QUEUE,
      { academyId },
      // One job per academy and start: a kick-off moved later gets a job of its own.
      { startAfter: startsAt, singletonKey: `${academyId}:${startsAt.toISOString()}` },
    );
  }

  /** The job: idempotent (moves only from SELECTION). */
  async start(academyId: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      await this.academies.lock(manager, academyId, 'update');
      const startsAt = await this.timeline.programmeStartOf(academyId, manager);
      if (startsAt && startsAt > this.clock.now()) {
        await this.schedule(manager, academyId);
        return;
      }
      await this.reserveList.moveToRunning(manager, academyId, { reason: 'PROGRAMME_STARTED' });
    });
  }
}
