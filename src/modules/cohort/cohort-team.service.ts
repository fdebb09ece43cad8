import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository, type EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal.js';
import { DomainException, notFound } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { Clock } from '../../common/time/clock.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { AcademiesService } from '../academies/academies.service.js';
import { AuditService } from '../audit/audit.service.js';
import { MembershipRole } from '../organisations/membership.enums.js';
import { isMemberSql } from '../organisations/membership.sql.js';
import { OrganisationMembershipsService } from '../organisations/organisation-memberships.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { normaliseEmail } from '../users/normalise-email.js';
import { userEmailSql } from '../users/user.sql.js';
import { UsersService } from '../users/users.service.js';
import { CohortParticipantRole } from './cohort.enums.js';
import { userInCohortSql, userInCohortOrganisationSql, userOnCohortTeamSql } from './cohort.sql.js';
import type { AddTeamMemberInput } from './dto/add-team-member.input.js';
import { CohortMemberEntity } from './entities/cohort-member.entity.js';
import { CohortParticipantEntity } from './entities/cohort-participant.entity.js';
import type { CohortParticipantModel } from './models/cohort.model.js';
import type { CohortTeamModel } from './models/cohort-team.model.js';

/** A person on a cohort team, as other features (attendance) receive it. */
export interface TeamParticipant {
  id: string;
  academyId: string;
  organisationId: string;
  name: string;
  email: string;
  role: CohortParticipantRole;
  teamRole: string | null;
  userId: string | null;
}

export const toParticipantModel = (person: CohortParticipantEntity): CohortParticipantModel => ({
  id: person.id,
  name: person.name,
  email: person.email,
  role: person.role,
  teamRole: person.teamRole,
  hasAccount: person.userId !== null,
});

/**
 * A cohort organisation's named team, managed by its CONTACTs within the academy's
 * `teamSizeLimit`. Every change runs under a lock on the organisation's `cohort_members` row
 * (so two contacts adding at once cannot pass the limit together) and is audited.
 */
@Injectable()
export class CohortTeamService {
  constructor(
    @InjectRepository(CohortParticipantEntity)
    private readonly participants: Repository<CohortParticipantEntity>,
    private readonly transactions: ContendedTransactions,
    private readonly academies: AcademiesService,
    private readonly organisations: OrganisationsService,
    private readonly memberships: OrganisationMembershipsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The teams of the caller's organisations in the academy's cohort (none: an empty list). */
  async myTeams(principal: Principal, academyId: string): Promise<CohortTeamModel[]> {
    const rows = await this.participants.query<Array<{ organisation_id: string }>>(
      `SELECT c.organisation_id FROM cohort_members c
       WHERE c.academy_id = $1 AND (${isMemberSql('$2', 'c.organisation_id')}
         OR ${userOnCohortTeamSql('$2', 'c.academy_id', 'c.organisation_id')})`,
      [academyId, principal.user.id],
    );
    if (rows.length === 0) return [];
    const academy = await this.academies.require(academyId);
    const organisationIds = rows.map((row) => row.organisation_id);
    const [organisations, people] = await Promise.all([
      this.organisations.findByIds(organisationIds),
      this.participants.find({
        where: { academyId, organisationId: In(organisationIds), leftAt: IsNull() },
        order: { role: 'ASC', name: 'ASC', email: 'ASC' },
      }),
    ]);
    const teams: CohortTeamModel[] = [];
    for (const organisation of organisations) {
      const role = await this.memberships.roleIn(principal, organisation.id);
      teams.push({
        organisation,
        participants: people
          .filter((person) => person.organisationId === organisation.id)
          .map(toParticipantModel),
        limit: academy.teamSizeLimit,
        canManage: role === MembershipRole.CONTACT,
      });
    }
    return teams.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'fi'));
  }

  /**
   * Adds a person to the team (role EXPERT, or back after leaving): FORBIDDEN unless a
   * contact of the organisation, NOT_IN_COHORT, ALREADY_IN_TEAM, TEAM_FULL.
   */
  async add(principal: Principal, input: AddTeamMemberInput): Promise<CohortParticipantModel> {
    const email = normaliseEmail(input.email);
    return this.transactions.run(async (manager) => {
      await this.assertContact(principal, input.organisationId, manager);
      await this.lockMember(manager, input.academyId, input.organisationId);
      const academy = await this.academies.require(input.academyId, manager);
      const repository = manager.getRepository(CohortParticipantEntity);
      const team = await repository.find({
        where: { academyId: input.academyId, organisationId: input.organisationId },
      });
      const existing = team.find((person) => person.email === email);
      if (existing && existing.leftAt === null)
        throw new DomainException(ErrorCode.ALREADY_IN_TEAM, { field: 'input.email' });
      const size = team.filter((person) => person.leftAt === null).length;
      if (size >= academy.teamSizeLimit)
        throw new DomainException(
          ErrorCode.TEAM_FULL,
          { limit: academy.teamSizeLimit },
          { params: { limit: academy.teamSizeLimit } },
        );
      const user = await this.users.findByEmail(email, manager);
      const person = repository.merge(existing ?? repository.create(), {
        academyId: input.academyId,
        organisationId: input.organisationId,
        email,
        name: input.name.trim(),
        teamRole: input.teamRole?.trim() || null,
        role: CohortParticipantRole.EXPERT,
        userId: user?.id ?? null,
        leftAt: null,
      });
      await repository.save(person);
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'cohort_participant.added',
        entityType: 'cohort_participant',
        entityId: person.id,
        before: existing ? { leftAt: existing.leftAt?.toISOString() ?? null } : null,
        after: { academyId: input.academyId, organisationId: input.organisationId, email },
      });
      return toParticipantModel(person);
    });
  }

  /**
   * Takes a person off the team from now on (the row stays, `leftAt` set): they no longer
   * take part in the cohort (`userInCohortSql`), even as a member of the organisation.
   * RESPONSIBLE_PERSON_REQUIRED for the responsible person.
   */
  async remove(principal: Principal, participantId: string): Promise<CohortParticipantModel> {
    return this.transactions.run(async (manager) => {
      const person = await this.lockActiveParticipant(principal, participantId, manager);
      if (person.role === CohortParticipantRole.RESPONSIBLE)
        throw new DomainException(ErrorCode.RESPONSIBLE_PERSON_REQUIRED);
      person.leftAt = this.clock.now();
      await manager.getRepository(CohortParticipantEntity).save(person);
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'cohort_participant.removed',
        entityType: 'cohort_participant',
        entityId: person.id,
        before: { leftAt: null },
        after: { leftAt: person.leftAt.toISOString(), email: person.email },
      });
      return toParticipantModel(person);
    });
  }

  /** Makes the person the team's responsible person; the previous one becomes an EXPERT. */
  async setResponsible(
    principal: Principal,
    participantId: string,
  ): Promise<CohortParticipantModel[]> {
    return this.transactions.run(async (manager) => {
      const person = await this.lockActiveParticipant(principal, participantId, manager);
      const repository = manager.getRepository(CohortParticipantEntity);
      const previous = await repository.findOne({
        where: {
          academyId: person.academyId,
          organisationId: person.organisationId,
          role: CohortParticipantRole.RESPONSIBLE,
          leftAt: IsNull(),
        },
      });
      if (previous?.id !== person.id) {
        // Demote first: the partial unique index allows one responsible person per team.
        if (previous) await repository.update(previous.id, { role: CohortParticipantRole.EXPERT });
        await repository.update(person.id, { role: CohortParticipantRole.RESPONSIBLE });
        await this.audit.record(manager, {
          actorId: principal.user.id,
          action: 'cohort_participant.made_responsible',
          entityType: 'cohort_participant',
          entityId: person.id,
          before: { responsibleParticipantId: previous?.id ?? null },
          after: { responsibleParticipantId: person.id },
        });
      }
      const team = await repository.find({
        where: {
          academyId: person.academyId,
          organisationId: person.organisationId,
          leftAt: IsNull(),
        },
        order: { role: 'ASC', name: 'ASC', email: 'ASC' },
      });
      return team.map(toParticipantModel);
    });
  }

  /** The people on the academy's teams (not left), optionally of some organisations only. */
  async activeParticipants(
    academyId: string,
    options: { ids?: readonly string[]; organisationIds?: readonly string[] } = {},
    manager?: EntityManager,
  ): Promise<TeamParticipant[]> {
    const repository = manager ? manager.getRepository(CohortParticipantEntity) : this.participants;
    const rows = await repository.find({
      where: {
        academyId,
        leftAt: IsNull(),
        ...(options.ids ? { id: In([...options.ids]) } : {}),
        ...(options.organisationIds ? { organisationId: In([...options.organisationIds]) } : {}),
      },
      order: { name: 'ASC', email: 'ASC' },
    });
    return rows.map(({ id, organisationId, name, email, role, teamRole, userId }) => ({
      id,
      academyId,
      organisationId,
      name,
      email,
      role,
      teamRole,
      userId,
    }));
  }

  /**
   * Whether the person takes part in the academy's cohort now (`userInCohortSql`): what any
   * cohort mail asks of each recipient when it is written or sent, so a leaver gets none.
   */
  async isParticipant(
    userId: string,
    academyId: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    const repository = manager ? manager.getRepository(CohortParticipantEntity) : this.participants;
    const [row] = await repository.query<Array<{ taking_part: boolean }>>(
      `SELECT ${userInCohortSql('$1', '$2')} AS taking_part`,
      [userId, academyId],
    );
    return row?.taking_part ?? false;
  }

  /**
   * The organisations of the academy's cohort on whose named team the person is now (their
   * account's e-mail on a row that has not left), whether or not they are members of the
   * organisation: a team member acts for their organisation in the cohort (assignments).
   */
  async teamOrganisationIdsOf(
    userId: string,
    academyId: string,
    manager?: EntityManager,
  ): Promise<string[]> {
    const repository = manager ? manager.getRepository(CohortParticipantEntity) : this.participants;
    const rows = await repository.query<Array<{ organisation_id: string }>>(
      `SELECT cp.organisation_id FROM cohort_participants cp
       WHERE cp.academy_id = $2 AND cp.left_at IS NULL AND cp.email = ${userEmailSql('$1')}`,
      [userId, academyId],
    );
    return rows.map((row) => row.organisation_id);
  }

  /** Team people by id, leavers included (e.g. a task's owner who has since left). */
  async participantsByIds(
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<Array<TeamParticipant & { leftAt: Date | null }>> {
    if (ids.length === 0) return [];
    const repository = manager ? manager.getRepository(CohortParticipantEntity) : this.participants;
    const rows = await repository.findBy({ id: In([...ids]) });
    return rows.map(
      ({ id, academyId, organisationId, name, email, role, teamRole, userId, leftAt }) => ({
        id,
        academyId,
        organisationId,
        name,
        email,
        role,
        teamRole,
        userId,
        leftAt,
      }),
    );
  }

  /**
   * Whether the person is on the team of the organisation in the academy's cohort now
   * (`userInCohortOrganisationSql`): who reads and edits the organisation's pilot.
   */
  async isOnTeam(
    userId: string,
    academyId: string,
    organisationId: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    const repository = manager ? manager.getRepository(CohortParticipantEntity) : this.participants;
    const [row] = await repository.query<Array<{ on_team: boolean }>>(
      `SELECT ${userInCohortOrganisationSql('$1', '$2', '$3')} AS on_team`,
      [userId, academyId, organisationId],
    );
    return row?.on_team ?? false;
  }

  private async assertContact(
    principal: Principal,
    organisationId: string,
    manager: EntityManager,
  ): Promise<void> {
    const role = await this.memberships.roleIn(principal, organisationId, manager);
    if (role !== MembershipRole.CONTACT) throw new DomainException(ErrorCode.FORBIDDEN);
  }

  private async lockMember(
    manager: EntityManager,
    academyId: string,
    organisationId: string,
  ): Promise<void> {
    const member = await manager.getRepository(CohortMemberEntity).findOne({
      where: { academyId, organisationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!member) throw new DomainException(ErrorCode.NOT_IN_COHORT);
  }

  /** NOT_FOUND for an unknown id or a leaver; FORBIDDEN for another organisation's person. */
  private async lockActiveParticipant(
    principal: Principal,
    participantId: string,
    manager: EntityManager,
  ): Promise<CohortParticipantEntity> {
    const repository = manager.getRepository(CohortParticipantEntity);
    const found = await repository.findOne({ where: { id: participantId } });
    if (!found || found.leftAt !== null) throw notFound();
    await this.assertContact(principal, found.organisationId, manager);
    await this.lockMember(manager, found.academyId, found.organisationId);
    // Read again under the team's lock: a concurrent change may have come first.
    const person = await repository.findOne({ where: { id: participantId } });
    if (!person || person.leftAt !== null) throw notFound();
    return person;
  }
}
