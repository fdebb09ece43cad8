import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../../../common/auth/principal.js';
import { DomainException } from '../../../../common/errors/domain.exception.js';
import { ErrorCode } from '../../../../common/errors/error-code.js';
import { ROOT_LOGGER } from '../../../../common/logging/logging.module.js';
import { Clock } from '../../../../common/time/clock.js';
import { parseZonedField } from '../../../../common/time/zoned-input.js';
import { ContendedTransactions } from '../../../../database/contended-transactions.js';
import { JobQueue } from '../../../../database/job-queue.js';
import { AcademiesService } from '../../../academies/academies.service.js';
import { AcademyStatus } from '../../../academies/academy.enums.js';
import type { AcademyRecord } from '../../../academies/academy.types.js';
import { AuditService } from '../../../audit/audit.service.js';
import type { PublishSelectionInput } from '../../dto/publish-selection.input.js';
import { SelectionReleaseEntity } from '../../entities/selection-release.entity.js';
import type { SelectionReleaseModel } from '../../models/selection-release.model.js';
import { SelectionDecisionMailer } from '../../selection-decision-mailer.js';
import { releaseModel, SelectionDecisionsService } from '../../selection-decisions.service.js';
import { ProgrammeStart } from '../../programme-start.job.js';
import { SelectionOffersService } from '../../selection-offers.service.js';
import { SelectionOutcome } from '../../selection.enums.js';

/** The queue of scheduled releases: one job per academy (singletonKey = academy id). */
export const SELECTION_RELEASE_QUEUE = 'selection-release';

export interface SelectionReleaseJob {
  academyId: string;
}

const DAY_MS = 86_400_000;
/** How long accepted organisations have to confirm when the academy sets no deadline. */
const DEFAULT_CONFIRMATION_DAYS = 14;

/**
 * Publishing the selection: every staged decision released together, in one transaction —
 * now, or at a scheduled instant by a durable job. The release re-checks readiness, flips
 * the guard row, opens the accepted organisations' offers, writes every decision mail to the
 * outbox and audits, or (on any failure) writes nothing at all.
 */
@Injectable()
export class PublishSelectionUsecase implements OnModuleInit {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly academies: AcademiesService,
    private readonly decisions: SelectionDecisionsService,
    private readonly offers: SelectionOffersService,
    private readonly programmeStart: ProgrammeStart,
    private readonly mailer: SelectionDecisionMailer,
    private readonly audit: AuditService,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.handle<SelectionReleaseJob>(SELECTION_RELEASE_QUEUE, (job) =>
      this.runScheduled(job.data.academyId, job.id),
    );
  }

  async publish(
    principal: Principal,
    input: PublishSelectionInput,
  ): Promise<SelectionReleaseModel> {
    return this.transactions.run(async (manager) => {
      // 'update': one release decision at a time per academy, and no staging meanwhile.
      const academy = await this.academies.lock(manager, input.academyId, 'update');
      const at = input.at ? parseZonedField(input.at, academy.timeZone, 'input.at') : null;
      const releases = manager.getRepository(SelectionReleaseEntity);
      const existing = await releases.findOneBy({ academyId: academy.id });
      if (existing?.releasedAt) throw new DomainException(ErrorCode.SELECTION_RELEASED);
      const now = this.clock.now();
      const releaseAt = at && at.getTime() > now.getTime() ? at : now;
      const scheduled = releaseAt !== now;
      // A scheduled request is checked against its instant (the deadlines are about then);
      // the job checks again when it runs.
      const { problems } = await this.decisions.readiness(manager, academy, releaseAt);
      if (problems.length > 0)
        throw new DomainException(ErrorCode.SELECTION_NOT_READY, { problems });

      // A new request replaces the waiting one: its job is cancelled in this transaction.
      if (existing?.jobId) await this.jobs.cancel(SELECTION_RELEASE_QUEUE, existing.jobId, manager);
      const jobId = scheduled
        ? await this.jobs.enqueue<SelectionReleaseJob>(
            manager,
            SELECTION_RELEASE_QUEUE,
            { academyId: academy.id },
            { startAfter: releaseAt, singletonKey: academy.id },
          )
        : null;
      if (scheduled && !jobId) throw new Error('A release job is already waiting');
      await releases.upsert(
        {
          academyId: academy.id,
          releaseAt,
          jobId,
          requestedById: principal.user.id,
          releasedAt: null,
        },
        ['academyId'],
      );
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: scheduled ? 'selection.release_scheduled' : 'selection.release_requested',
        entityType: 'academy',
        entityId: academy.id,
        before: existing ? { releaseAt: existing.releaseAt.toISOString() } : null,
        after: { releaseAt: releaseAt.toISOString() },
      });
      if (!scheduled) await this.release(manager, academy, principal.user.id, null);
      const row = await releases.findOneByOrFail({ academyId: academy.id });
      return releaseModel(row, academy, now);
    });
  }

  /**
   * The job's run. Only the job the release row still names may release (a re-scheduled or
   * cancelled one finds another id); a release already done makes it a no-op. A selection
   * found not ready is recorded (audit) and left unreleased for the admin to fix and publish
   * again — retrying would not make it ready.
   */
  async runScheduled(academyId: string, jobId: string): Promise<void> {
    let problems: Array<Record<string, unknown>> | null = null;
    try {
      await this.transactions.run(async (manager) => {
        const academy = await this.academies.lock(manager, academyId, 'update');
        await this.release(manager, academy, null, jobId);
      });
    } catch (error) {
      if (!(error instanceof DomainException) || error.code !== ErrorCode.SELECTION_NOT_READY)
        throw error;
      problems = (error.extensions as { problems: Array<Record<string, unknown>> }).problems;
    }
    if (!problems) return;
    this.logger.warn({ academyId, problems }, 'Scheduled selection release found it not ready');
    await this.transactions.run((manager) =>
      this.audit.record(manager, {
        actorId: null,
        action: 'selection.release_failed',
        entityType: 'academy',
        entityId: academyId,
        after: { problems },
      }),
    );
  }

  /**
   * The release itself, inside the caller's transaction under the academy's update lock.
   * The guard row is flipped first (`released_at IS NULL`, and for a job: still its job), so
   * a second run, a second instance or a cancelled job changes nothing. False = not ours.
   */
  private async release(
    manager: EntityManager,
    academy: AcademyRecord,
    actorId: string | null,
    jobId: string | null,
  ): Promise<boolean> {
    const releasedAt = this.clock.now();
    const guard = manager
      .getRepository(SelectionReleaseEntity)
      .createQueryBuilder()
      .update()
      .set({ releasedAt })
      .where('academy_id = :academyId AND released_at IS NULL', { academyId: academy.id });
    if (jobId) guard.andWhere('job_id = :jobId', { jobId });
    const { affected } = await guard.execute();
    if (!affected) return false;

    const { decisions, submitted, problems } = await this.decisions.readiness(
      manager,
      academy,
      releasedAt,
    );
    if (problems.length > 0) throw new DomainException(ErrorCode.SELECTION_NOT_READY, { problems });

    const accepted = decisions.filter((decision) => decision.outcome === SelectionOutcome.ACCEPTED);
    const respondBy =
      academy.confirmationDeadline ??
      new Date(releasedAt.getTime() + DEFAULT_CONFIRMATION_DAYS * DAY_MS);
    await this.offers.openInitialOffers(
      manager,
      academy.id,
      accepted.map((decision) => ({ applicationId: decision.applicationId })),
      respondBy,
    );
    await this.programmeStart.schedule(manager, academy.id);
    const organisationOf = new Map(submitted.map((a) => [a.id, a.organisationId]));
    const mails = await this.mailer.enqueueDecisions(
      manager,
      academy,
      decisions.map((decision) => ({
        applicationId: decision.applicationId,
        organisationId: organisationOf.get(decision.applicationId)!,
        outcome: decision.outcome,
        reserveRank: decision.reserveRank,
      })),
      respondBy,
    );
    await this.academies.moveStatus(
      manager,
      academy.id,
      [AcademyStatus.OPEN],
      AcademyStatus.SELECTION,
    );
    const count = (outcome: SelectionOutcome) =>
      decisions.filter((decision) => decision.outcome === outcome).length;
    await this.audit.record(manager, {
      actorId,
      action: 'selection.released',
      entityType: 'academy',
      entityId: academy.id,
      after: {
        releasedAt: releasedAt.toISOString(),
        scheduledJobId: jobId,
        accepted: count(SelectionOutcome.ACCEPTED),
        reserve: count(SelectionOutcome.RESERVE),
        rejected: count(SelectionOutcome.REJECTED),
        mails,
        respondBy: respondBy.toISOString(),
      },
    });
    return true;
  }
}
