import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isAdmin, isStaff, type Principal } from '../../common/auth/principal.js';
import { DomainException, notFound } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { CohortTeamService } from '../cohort/cohort-team.service.js';
import { TrackedActionEntity } from './entities/tracked-action.entity.js';
import { TrackedActionKind } from './follow-up.enums.js';

/**
 * Who reads and edits a tracked action:
 * - a pilot: its organisation's team (members and named participants, not left —
 *   `userInCohortOrganisationSql`) read and edit it; experts and admins read it; anyone else is told
 *   it does not exist. Editing by someone who can know the pilot exists (staff, or another
 *   organisation of the same cohort) is refused with NOT_YOUR_PILOT.
 * - an action of the action plan: experts and admins read it, admins edit it (an expert gets
 *   FORBIDDEN); anyone else NOT_FOUND.
 */
@Injectable()
export class FollowUpAccessService {
  constructor(private readonly team: CohortTeamService) {}

  /** Whether the caller may edit (for the `canEdit` field); NOT_FOUND when they may not read. */
  async assertCanRead(
    principal: Principal,
    action: TrackedActionEntity,
    manager?: EntityManager,
  ): Promise<{ canEdit: boolean }> {
    if (action.kind === TrackedActionKind.ACTION) {
      if (!isStaff(principal)) throw notFound();
      return { canEdit: isAdmin(principal) };
    }
    const onTeam = await this.team.isOnTeam(
      principal.user.id,
      action.academyId,
      action.organisationId!,
      manager,
    );
    if (!onTeam && !isStaff(principal)) throw notFound();
    return { canEdit: onTeam };
  }

  /**
   * Locks the action's row for the caller's transaction (edits of one action run one after
   * another) and checks the caller may edit it; nothing is written when they may not.
   */
  async lockForEdit(
    principal: Principal,
    trackedActionId: string,
    manager: EntityManager,
  ): Promise<TrackedActionEntity> {
    const action = await manager
      .getRepository(TrackedActionEntity)
      .findOne({ where: { id: trackedActionId }, lock: { mode: 'pessimistic_write' } });
    if (!action) throw notFound();
    if (action.kind === TrackedActionKind.ACTION) {
      if (isAdmin(principal)) return action;
      if (isStaff(principal)) throw new DomainException(ErrorCode.FORBIDDEN);
      throw notFound();
    }
    const { academyId, organisationId } = action;
    if (await this.team.isOnTeam(principal.user.id, academyId, organisationId!, manager))
      return action;
    // Staff and the cohort's other organisations know the pilot exists: say why.
    if (
      isStaff(principal) ||
      (await this.team.isParticipant(principal.user.id, academyId, manager))
    )
      throw new DomainException(ErrorCode.NOT_YOUR_PILOT);
    throw notFound();
  }
}
