import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { JobQueue } from '../../database/job-queue.js';
import { AcademyStatus } from '../academies/academy.enums.js';
import { AcademySettingsEvents } from '../academies/academy-settings-events.js';
import { AcademiesService } from '../academies/academies.service.js';
import { TimelineEventChanges } from '../timeline/timeline-event-changes.js';
import { EventKind } from '../timeline/timeline-event.enums.js';
import { TimelineService } from '../timeline/timeline.service.js';
import { AlumniService } from './alumni.service.js';

/** The queue whose job ends a running programme at its closing date. */
export const PROGRAMME_END_QUEUE = 'alumni-programme-end';

interface ProgrammeEndJob {
  academyId: string;
}

/**
 * The programme ends at its closing date: the end of its last scheduled cohort-wide CLOSING
 * event (`TimelineService.programmeEndOf`). Scheduling, moving or cancelling a CLOSING event,
 * and the academy's move to RUNNING, enqueue a job at the closing date as it then stands (one
 * per academy and date: a second enqueue for the same date is a no-op). When it
 * runs: no closing event any more → nothing; the date moved later → wait for it (a job of
 * its own); else RUNNING → ALUMNI, audited, once — the status guard makes a second run, the
 * job of an earlier date or a second instance change nothing, and an academy that is not
 * RUNNING (not started yet, or ended by the manager already) stays as it is.
 */
@Injectable()
export class ProgrammeEnd implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly transactions: ContendedTransactions,
    private readonly academies: AcademiesService,
    private readonly timeline: TimelineService,
    private readonly changes: TimelineEventChanges,
    private readonly academyEvents: AcademySettingsEvents,
    private readonly alumni: AlumniService,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    this.changes.onChanged(async (manager, event) => {
      if (event.kind === EventKind.CLOSING) await this.schedule(manager, event.academyId);
    });
    // Also when the programme starts running: a closing event written without the timeline's
    // operations (an edition's copied timeline, a seed) gets its job then.
    this.academyEvents.onStatusChanged(async (manager, academyId, status) => {
      if (status === AcademyStatus.RUNNING) await this.schedule(manager, academyId);
    });
    await this.jobs.handle<ProgrammeEndJob>(PROGRAMME_END_QUEUE, (job) =>
      this.end(job.data.academyId),
    );
  }

  /** Enqueues the end at the closing date as it stands, in the caller's transaction. */
  async schedule(manager: EntityManager, academyId: string): Promise<void> {
    const endsAt = await this.timeline.programmeEndOf(academyId, manager);
    if (!endsAt) return;
    await this.jobs.enqueue<ProgrammeEndJob>(
      manager,
      PROGRAMME_END_QUEUE,
      { academyId },
      { startAfter: endsAt, singletonKey: `${academyId}:${endsAt.toISOString()}` },
    );
  }

  /** The job: idempotent (moves only from RUNNING, once the closing date has passed). */
  async end(academyId: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      // Gone since (deleted): nothing to end.
      if (!(await this.academies.exists(academyId, manager))) return;
      await this.academies.lock(manager, academyId, 'update');
      const endsAt = await this.timeline.programmeEndOf(academyId, manager);
      if (!endsAt) return;
      if (endsAt > this.clock.now()) {
        await this.schedule(manager, academyId);
        return;
      }
      await this.alumni.moveToAlumni(manager, academyId, null, 'PROGRAMME_CLOSED');
    });
  }
}
