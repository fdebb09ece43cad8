import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, Repository, type EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal.js';
import { DomainException, InputValidationException } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { Clock } from '../../common/time/clock.js';
import { zoned } from '../../common/time/zoned-date-time.model.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { AcademiesService } from '../academies/academies.service.js';
import { AcademyStatus } from '../academies/academy.enums.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { ApplicationStatus } from '../applications/application.enums.js';
import { ApplicationRecordsService } from '../applications/application-records.service.js';
import { ApplicationEvents } from '../applications/application-events.js';
import { SelectionStatePort } from '../applications/selection-state.port.js';
import type { ApplicationRecord } from '../applications/application.types.js';
import { AuditService } from '../audit/audit.service.js';
import type { StageDecisionInput } from './dto/stage-decision.input.js';
import { SelectionDecisionEntity } from './entities/selection-decision.entity.js';
import { SelectionReleaseEntity } from './entities/selection-release.entity.js';
import type { ApplicationDecisionModel } from './models/application-decision.model.js';
import type { SelectionReadinessModel } from './models/selection-readiness.model.js';
import type { SelectionReleaseModel } from './models/selection-release.model.js';
import { readinessProblems, type ReadinessProblem } from './selection-readiness.js';
import { SelectionOutcome } from './selection.enums.js';

export interface Readiness {
  submitted: Array<{ id: string; organisationId: string }>;
  /** The decisions on submitted applications, in seat order for the accepted. */
  decisions: SelectionDecisionEntity[];
  problems: ReadinessProblem[];
}

/**
 * Staged decisions (ADMIN) and what may be read of them: admins see them staged, the
 * organisation only after the release (Application.decision).
 */
@Injectable()
export class SelectionDecisionsService implements OnModuleInit {
  constructor(
    @InjectRepository(SelectionDecisionEntity)
    private readonly decisions: Repository<SelectionDecisionEntity>,
    @InjectRepository(SelectionReleaseEntity)
    private readonly releases: Repository<SelectionReleaseEntity>,
    private readonly transactions: ContendedTransactions,
    private readonly academies: AcademiesService,
    private readonly applications: ApplicationRecordsService,
    private readonly applicationEvents: ApplicationEvents,
    private readonly selectionState: SelectionStatePort,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.selectionState.register({
      isReleased: (academyId, manager) => this.isReleased(manager, academyId),
    });
    this.applicationEvents.onWithdrawn((manager, application, actorId) =>
      this.dropStagedOnWithdrawal(manager, application, actorId),
    );
  }

  /**
   * In the withdrawal's transaction: a decision staged for the application and not yet
   * released is removed (the selection decides on submitted applications only), and a
   * reserve's removal moves the reserves ranked after it up by one, so the ranks stay 1…n.
   * Audited. Released decisions stay: they are the record of what was announced. (No academy
   * lock here: the withdrawal holds the application row, which a release in progress may be
   * waiting for.)
   */
  private async dropStagedOnWithdrawal(
    manager: EntityManager,
    application: ApplicationRecord,
    actorId: string,
  ): Promise<void> {
    if (await this.isReleased(manager, application.academyId)) return;
    const repository = manager.getRepository(SelectionDecisionEntity);
    const decision = await repository.findOneBy({ applicationId: application.id });
    if (!decision) return;
    await repository.delete({ applicationId: application.id });
    if (decision.reserveRank !== null)
      await manager.query(
        `UPDATE selection_decisions SET reserve_rank = reserve_rank - 1
         WHERE academy_id = $1 AND outcome = $2 AND reserve_rank > $3`,
        [application.academyId, SelectionOutcome.RESERVE, decision.reserveRank],
      );
    await this.audit.record(manager, {
      actorId,
      action: 'selection.decision_removed',
      entityType: 'application',
      entityId: application.id,
      before: auditView(decision),
      after: { reason: 'APPLICATION_WITHDRAWN' },
    });
  }

  async stage(principal: Principal, input: StageDecisionInput): Promise<SelectionDecisionEntity> {
    const reserveRank = input.reserveRank ?? null;
    if ((input.outcome === SelectionOutcome.RESERVE) !== (reserveRank !== null)) {
      throw new InputValidationException([
        {
          field: 'input.reserveRank',
          rule: 'reserveRank',
          detail: 'reserveRank is required for RESERVE and refused for other outcomes',
        },
      ]);
    }
    return this.transactions.run(async (manager) => {
      const application = await this.applications.findById(input.applicationId, manager);
      if (!application) throw new DomainException(ErrorCode.NOT_FOUND);
      // The academy lock orders staging against the release: nothing is staged into a
      // release under way, and the rank check below cannot race another staging.
      await this.academies.lock(manager, application.academyId, 'update');
      if (await this.isReleased(manager, application.academyId))
        throw new DomainException(ErrorCode.SELECTION_RELEASED);
      if (application.status !== ApplicationStatus.SUBMITTED)
        throw new DomainException(ErrorCode.NOT_SUBMITTED);
      const repository = manager.getRepository(SelectionDecisionEntity);
      if (
        reserveRank !== null &&
        (await repository.existsBy({
          academyId: application.academyId,
          reserveRank,
          applicationId: Not(application.id),
        }))
      ) {
        throw new InputValidationException([
          {
            field: 'input.reserveRank',
            rule: 'unique',
            detail: `reserve rank ${reserveRank} is already staged for another application`,
          },
        ]);
      }
      const before = await repository.findOneBy({ applicationId: application.id });
      const decision = repository.create({
        applicationId: application.id,
        academyId: application.academyId,
        outcome: input.outcome,
        reserveRank,
        note: input.note?.trim() || null,
        stagedById: principal.user.id,
        stagedAt: this.clock.now(),
      });
      await repository.save(decision);
      // The first staged decision closes the application round for good.
      await this.academies.moveStatus(
        manager,
        application.academyId,
        [AcademyStatus.OPEN],
        AcademyStatus.SELECTION,
      );
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'selection.decision_staged',
        entityType: 'application',
        entityId: application.id,
        before: before ? auditView(before) : null,
        after: auditView(decision),
      });
      return decision;
    });
  }

  /** The academy's staged decisions (submitted applications or not), for staff. */
  stagedOf(academyId: string): Promise<SelectionDecisionEntity[]> {
    return this.decisions.find({
      where: { academyId },
      order: { stagedAt: 'ASC', applicationId: 'ASC' },
    });
  }

  /**
   * Everything a release checks, read inside the caller's transaction: the submitted
   * applications, their decisions (accepted in seat order: first staged, first seat) and the
   * problems in the way.
   */
  /** What stands between the staged decisions and a release at `releaseAt`. */
  async readiness(
    manager: EntityManager,
    academy: AcademyRecord,
    releaseAt: Date,
  ): Promise<Readiness> {
    const submitted = await this.applications.submittedOf(academy.id, manager);
    const latestApplicationDeadline = await this.applications.latestDeadlineOf(academy, manager);
    const ids = submitted.map((application) => application.id);
    const decisions =
      ids.length === 0
        ? []
        : await manager.getRepository(SelectionDecisionEntity).find({
            where: { academyId: academy.id, applicationId: In(ids) },
            order: { stagedAt: 'ASC', applicationId: 'ASC' },
          });
    const problems = readinessProblems(ids, decisions, academy.capacity, {
      releaseAt,
      latestApplicationDeadline,
      confirmationDeadline: academy.confirmationDeadline,
    });
    return { submitted, decisions, problems };
  }

  /**
   * Readiness for the page: against the scheduled instant while a release waits for it,
   * otherwise against now (what "publish now" would meet).
   */
  async readinessSummary(academy: AcademyRecord): Promise<SelectionReadinessModel> {
    const now = this.clock.now();
    const release = await this.releases.findOneBy({ academyId: academy.id });
    const releaseAt =
      release && !release.releasedAt && release.releaseAt.getTime() > now.getTime()
        ? release.releaseAt
        : now;
    const { submitted, decisions, problems } = await this.readiness(
      this.decisions.manager,
      academy,
      releaseAt,
    );
    const count = (outcome: SelectionOutcome) =>
      decisions.filter((decision) => decision.outcome === outcome).length;
    return {
      ready: problems.length === 0,
      submitted: submitted.length,
      accepted: count(SelectionOutcome.ACCEPTED),
      reserve: count(SelectionOutcome.RESERVE),
      rejected: count(SelectionOutcome.REJECTED),
      capacity: academy.capacity,
      problems: problems.map((problem) =>
        'deadline' in problem
          ? { ...problem, deadline: zoned(problem.deadline, academy.timeZone) }
          : problem,
      ),
    };
  }

  async releaseOf(academy: AcademyRecord): Promise<SelectionReleaseModel | null> {
    const row = await this.releases.findOneBy({ academyId: academy.id });
    return row ? releaseModel(row, academy, this.clock.now()) : null;
  }

  /**
   * The decisions of these applications with their academy's release instant (null while
   * staged), by application id: the loader behind Application.decision.
   */
  async decisionsOfApplications(
    applicationIds: readonly string[],
  ): Promise<Map<string, ApplicationDecisionModel>> {
    if (applicationIds.length === 0) return new Map();
    const rows = await this.decisions
      .createQueryBuilder('d')
      .leftJoin(SelectionReleaseEntity, 'r', 'r.academy_id = d.academy_id')
      .select('d.application_id', 'application_id')
      .addSelect('d.outcome', 'outcome')
      .addSelect('d.reserve_rank', 'reserve_rank')
      .addSelect('r.released_at', 'released_at')
      .where('d.application_id IN (:...ids)', { ids: [...applicationIds] })
      .getRawMany<{
        application_id: string;
        outcome: SelectionOutcome;
        reserve_rank: number | null;
        released_at: Date | null;
      }>();
    return new Map(
      rows.map((row) => [
        row.application_id,
        { outcome: row.outcome, reserveRank: row.reserve_rank, releasedAt: row.released_at },
      ]),
    );
  }

  private async isReleased(manager: EntityManager, academyId: string): Promise<boolean> {
    const release = await manager.getRepository(SelectionReleaseEntity).findOneBy({ academyId });
    return Boolean(release?.releasedAt);
  }
}

export function releaseModel(
  row: SelectionReleaseEntity,
  academy: AcademyRecord,
  now: Date,
): SelectionReleaseModel {
  const waiting = row.releasedAt === null;
  return {
    releaseAt: zoned(row.releaseAt, academy.timeZone),
    releasedAt: row.releasedAt,
    scheduled: waiting && row.jobId !== null && row.releaseAt.getTime() > now.getTime(),
    overdue: waiting && row.releaseAt.getTime() <= now.getTime(),
  };
}

const auditView = (decision: SelectionDecisionEntity) => ({
  outcome: decision.outcome,
  reserveRank: decision.reserveRank,
  note: decision.note,
});
