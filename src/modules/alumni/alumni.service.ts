import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { AcademyStatus } from '../academies/academy.enums.js';
import type { AcademyRecord } from '../academies/academy.types.js';
import { AcademiesService } from '../academies/academies.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CohortService } from '../cohort/cohort.service.js';

/** Why the programme ended, beside the new status in the audit entry. */
export type ProgrammeEndReason = 'ENDED_BY_MANAGER' | 'PROGRAMME_CLOSED';

/**
 * The end of a programme: RUNNING → ALUMNI, by the programme manager (`endProgramme`) or at
 * the closing date (the `alumni-programme-end` job). Nothing is copied: whoever is on a cohort
 * team then is an alumnus from that commit on (`userIsAlumnusSql`), keeps their history
 * (teams, attendance, pilots, sparring outcomes stay where they are) and sees ALUMNI events.
 */
@Injectable()
export class AlumniService {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly academies: AcademiesService,
    private readonly cohort: CohortService,
    private readonly audit: AuditService,
  ) {}

  /** The programme manager ends a running programme now; PROGRAMME_NOT_RUNNING otherwise. */
  endProgramme(principal: Principal, academyId: string): Promise<AcademyRecord> {
    return this.transactions.run(async (manager) => {
      const academy = await this.academies.lock(manager, academyId, 'update');
      if (academy.status !== AcademyStatus.RUNNING)
        throw new DomainException(ErrorCode.PROGRAMME_NOT_RUNNING, { status: academy.status });
      await this.moveToAlumni(manager, academyId, principal.user.id, 'ENDED_BY_MANAGER');
      return this.academies.require(academyId, manager);
    });
  }

  /**
   * RUNNING → ALUMNI in the caller's transaction, audited as `academy.alumni`; a no-op (false)
   * when the academy is not RUNNING — ended already, so a second run writes nothing.
   */
  async moveToAlumni(
    manager: EntityManager,
    academyId: string,
    actorId: string | null,
    reason: ProgrammeEndReason,
  ): Promise<boolean> {
    const moved = await this.academies.moveStatus(
      manager,
      academyId,
      [AcademyStatus.RUNNING],
      AcademyStatus.ALUMNI,
    );
    if (!moved) return false;
    await this.audit.record(manager, {
      actorId,
      action: 'academy.alumni',
      entityType: 'academy',
      entityId: academyId,
      before: { status: AcademyStatus.RUNNING },
      after: { status: AcademyStatus.ALUMNI, reason },
    });
    return true;
  }

  /** The academies the caller is an alumnus of, newest application window first. */
  async myAlumniAcademies(principal: Principal): Promise<AcademyRecord[]> {
    const ids = await this.cohort.alumniAcademyIdsOf(principal.user.id);
    const academies = await this.academies.findByIds(ids);
    return academies.sort(
      (a, b) =>
        b.applicationOpensAt.getTime() - a.applicationOpensAt.getTime() ||
        a.slug.localeCompare(b.slug),
    );
  }
}
