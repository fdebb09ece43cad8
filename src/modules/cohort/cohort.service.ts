import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository, type EntityManager } from 'typeorm';
import { isStaff, type Principal } from '../../common/auth/principal.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { CohortEvents, type CohortJoinedVia } from './cohort-events.js';
import type { CohortParticipantRole } from './cohort.enums.js';
import { userInCohortSql, userIsAlumnusSql } from './cohort.sql.js';
import { CohortMemberEntity } from './entities/cohort-member.entity.js';
import { CohortParticipantEntity } from './entities/cohort-participant.entity.js';
import type { CohortModel } from './models/cohort.model.js';

/** A person of a confirmed organisation's named team, as selection hands it over. */
export interface NewCohortParticipant {
  userId: string | null;
  name: string;
  /** Lower-cased. */
  email: string;
  role: CohortParticipantRole;
  teamRole: string | null;
}

/**
 * The organisations selected into each academy's cohort and their named teams. Selection
 * writes here (`addMember`, in its confirmation's transaction); other features ask through
 * this service or, on hot SQL paths, through `cohort.sql.ts`.
 */
@Injectable()
export class CohortService {
  constructor(
    @InjectRepository(CohortMemberEntity)
    private readonly members: Repository<CohortMemberEntity>,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly events: CohortEvents,
  ) {}

  private repository(manager?: EntityManager): Repository<CohortMemberEntity> {
    return manager ? manager.getRepository(CohortMemberEntity) : this.members;
  }

  /**
   * Puts the organisation in the academy's cohort with its named team, in the caller's
   * transaction; audited. From this commit on its members see the cohort's events in their
   * feeds (`userInCohortSql`), and the `CohortEvents.onMemberAdded` handlers run in the
   * same transaction (follow-up creates its pilot). Adding it twice changes nothing: false
   * when it was a member already (the primary key decides races), true when added now.
   */
  async addMember(
    manager: EntityManager,
    academyId: string,
    organisationId: string,
    participants: readonly NewCohortParticipant[],
    // `joinedAt`: a seed's past instant (default now).
    { via = 'SELECTION', joinedAt }: { via?: CohortJoinedVia; joinedAt?: Date } = {},
  ): Promise<boolean> {
    const inserted = await manager
      .getRepository(CohortMemberEntity)
      .createQueryBuilder()
      .insert()
      .values({ academyId, organisationId, ...(joinedAt ? { joinedAt } : {}) })
      .orIgnore()
      .execute();
    // Already a member (a repeated call): its team stays as it is.
    if ((inserted.raw as unknown[]).length === 0) return false;
    if (participants.length > 0)
      await manager
        .getRepository(CohortParticipantEntity)
        .createQueryBuilder()
        .insert()
        .values(participants.map((person) => ({ academyId, organisationId, ...person })))
        .orIgnore()
        .execute();
    await this.audit.record(manager, {
      actorId: null,
      action: 'cohort_member.added',
      entityType: 'organisation',
      entityId: organisationId,
      after: {
        academyId,
        via,
        participants: participants.map(({ email, role, teamRole }) => ({ email, role, teamRole })),
      },
    });
    await this.events.memberAdded(manager, { academyId, organisationId, via });
    return true;
  }

  /**
   * The academy's cohort: its organisations (by name) with their named teams. Staff and the
   * cohort's own members only; anyone else FORBIDDEN.
   */
  async cohortOf(principal: Principal, academyId: string): Promise<CohortModel> {
    if (!isStaff(principal)) {
      const [row] = await this.members.query<Array<{ allowed: boolean }>>(
        `SELECT ${userInCohortSql('$1', '$2')} AS allowed`,
        [principal.user.id, academyId],
      );
      if (!row?.allowed) throw new DomainException(ErrorCode.FORBIDDEN);
    }
    const members = await this.members.find({ where: { academyId } });
    const organisations = await this.organisations.findByIds(
      members.map((member) => member.organisationId),
    );
    const participants = await this.members.manager.getRepository(CohortParticipantEntity).find({
      // Leavers are off the team (their rows stay for the history).
      where: { academyId, leftAt: IsNull() },
      order: { role: 'ASC', name: 'ASC', email: 'ASC' },
    });
    const joinedAt = new Map(members.map((member) => [member.organisationId, member.joinedAt]));
    return {
      academyId,
      organisations: organisations
        .map((organisation) => ({
          organisation,
          joinedAt: joinedAt.get(organisation.id)!,
          participants: participants
            .filter((person) => person.organisationId === organisation.id)
            .map(({ id, name, email, role, teamRole, userId }) => ({
              id,
              name,
              email,
              role,
              teamRole,
              hasAccount: userId !== null,
            })),
        }))
        .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'fi')),
    };
  }

  /** The organisations in the academy's cohort (ids). Pass the caller's manager in a transaction. */
  async organisationIdsOf(academyId: string, manager?: EntityManager): Promise<string[]> {
    const rows = await this.repository(manager).find({
      where: { academyId },
      select: { organisationId: true },
    });
    return rows.map((row) => row.organisationId);
  }

  /** Every academy each organisation was in the cohort of: academy ids per organisation. */
  async cohortAcademiesOf(
    organisationIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, Set<string>>> {
    const result = new Map<string, Set<string>>();
    if (organisationIds.length === 0) return result;
    const rows = await this.repository(manager).find({
      where: { organisationId: In([...organisationIds]) },
      select: { organisationId: true, academyId: true },
    });
    for (const row of rows) {
      const academies = result.get(row.organisationId) ?? new Set<string>();
      academies.add(row.academyId);
      result.set(row.organisationId, academies);
    }
    return result;
  }

  /**
   * The academies the user is an alumnus of (`userIsAlumnusSql`: ALUMNI academies whose cohort
   * team they are on), ids in no particular order.
   */
  async alumniAcademyIdsOf(userId: string): Promise<string[]> {
    // The fragments alias cohort_members `c`: the outer row has a name of its own.
    const rows = await this.members.query<Array<{ academy_id: string }>>(
      `SELECT DISTINCT alumni_of.academy_id FROM cohort_members alumni_of
       WHERE ${userIsAlumnusSql('$1', 'alumni_of.academy_id')}`,
      [userId],
    );
    return rows.map((row) => row.academy_id);
  }
}
