import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository, type EntityManager } from 'typeorm';
import { DomainException, notFound } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { isAdmin, isStaff, type Principal } from '../../common/auth/principal.js';
import { Clock } from '../../common/time/clock.js';
import { AuditService } from '../audit/audit.service.js';
import type { Locale } from '../../common/i18n/locale.js';
import { joinUserSql, personColumnsSql } from '../users/user.sql.js';
import type { UserRecord as UserEntity } from '../users/user.types.js';
import { InvitationEntity } from './entities/invitation.entity.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { MembershipRole } from './membership.enums.js';
import type { MemberPerson } from './organisation.types.js';

interface PersonRow {
  person_id: string;
  person_name: string | null;
  person_email: string;
  person_locale: Locale;
}

/**
 * Who belongs to which organisation, and the organisation-scoped checks every feature
 * uses. A non-member gets NOT_FOUND, not FORBIDDEN: whether an organisation takes part is
 * itself private.
 */
@Injectable()
export class OrganisationMembershipsService {
  constructor(
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * The caller's role in the organisation. Inside a transaction pass its manager: asking
   * the pool for a second connection while holding one can starve the pool under load.
   */
  roleIn(
    principal: Principal,
    organisationId: string,
    manager?: EntityManager,
  ): Promise<MembershipRole | null> {
    const memberships = manager ? manager.getRepository(MembershipEntity) : this.memberships;
    return memberships
      .findOne({ where: { organisationId, userId: principal.user.id }, select: { role: true } })
      .then((membership) => membership?.role ?? null);
  }

  private repository(manager?: EntityManager): Repository<MembershipEntity> {
    return manager ? manager.getRepository(MembershipEntity) : this.memberships;
  }

  isMember(userId: string, organisationId: string, manager?: EntityManager): Promise<boolean> {
    return this.repository(manager).existsBy({ organisationId, userId });
  }

  /**
   * The organisation's contact persons and, if a member, the user `memberId` (e.g. whoever
   * booked): who hears about its business by mail. Only id, name, e-mail and locale, one row
   * per membership, in no particular order; one statement (a hot path: every booking mail
   * reads it, so no entities or relations are hydrated). Pass the caller's manager.
   */
  async contactsAndMember(
    organisationId: string,
    memberId: string,
    manager?: EntityManager,
  ): Promise<MemberPerson[]> {
    const rows = await this.repository(manager).query<PersonRow[]>(
      `SELECT ${personColumnsSql('u', 'person')}
       FROM memberships m ${joinUserSql('u', 'm.user_id')}
       WHERE m.organisation_id = $1 AND (m.role = $2 OR m.user_id = $3)`,
      [organisationId, MembershipRole.CONTACT, memberId],
    );
    return rows.map((row) => ({
      id: row.person_id,
      name: row.person_name,
      email: row.person_email,
      locale: row.person_locale,
    }));
  }

  /**
   * The contact persons of several organisations in one statement (a release mails every
   * decided organisation's contacts), by organisation id; oldest membership first. Pass the
   * caller's manager.
   */
  async contactsOfMany(
    organisationIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, MemberPerson[]>> {
    const result = new Map<string, MemberPerson[]>(organisationIds.map((id) => [id, []]));
    if (organisationIds.length === 0) return result;
    const rows = await this.repository(manager).query<
      Array<PersonRow & { organisation_id: string }>
    >(
      `SELECT m.organisation_id, ${personColumnsSql('u', 'person')}
       FROM memberships m ${joinUserSql('u', 'm.user_id')}
       WHERE m.organisation_id = ANY($1::uuid[]) AND m.role = $2
       ORDER BY m.created_at, m.id`,
      [[...organisationIds], MembershipRole.CONTACT],
    );
    for (const row of rows) {
      result.get(row.organisation_id)?.push({
        id: row.person_id,
        name: row.person_name,
        email: row.person_email,
        locale: row.person_locale,
      });
    }
    return result;
  }

  /** The organisation's contact persons (they manage it and receive its mail). */
  async contactsOf(organisationId: string, manager?: EntityManager): Promise<UserEntity[]> {
    const memberships = await this.repository(manager).find({
      where: { organisationId, role: MembershipRole.CONTACT },
      relations: { user: true },
      order: { createdAt: 'ASC' },
    });
    return memberships.flatMap((membership) => (membership.user ? [membership.user] : []));
  }

  /** Members see their organisation; admins and experts see every organisation. */
  async assertCanRead(principal: Principal, organisationId: string): Promise<void> {
    if (isStaff(principal)) return;
    if (!(await this.roleIn(principal, organisationId))) throw notFound();
  }

  /** Contacts manage their organisation; admins manage every organisation. */
  async assertCanManage(principal: Principal, organisationId: string): Promise<void> {
    if (isAdmin(principal)) return;
    const role = await this.roleIn(principal, organisationId);
    if (!role) throw notFound();
    if (role !== MembershipRole.CONTACT) throw new DomainException(ErrorCode.FORBIDDEN);
  }

  /** Turns the open invitations for this user's address into memberships (at sign-in). */
  async acceptPendingInvitations(manager: EntityManager, user: UserEntity): Promise<void> {
    const invitations = await manager
      .getRepository(InvitationEntity)
      .find({ where: { email: user.email, acceptedAt: IsNull(), revokedAt: IsNull() } });
    for (const invitation of invitations) {
      await manager
        .getRepository(MembershipEntity)
        .createQueryBuilder()
        .insert()
        .values({
          organisationId: invitation.organisationId,
          userId: user.id,
          role: invitation.role,
        })
        .orIgnore()
        .execute();
      await manager
        .getRepository(InvitationEntity)
        .update({ id: invitation.id }, { acceptedAt: this.clock.now() });
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'member.added',
        entityType: 'organisation',
        entityId: invitation.organisationId,
        after: { userId: user.id, role: invitation.role, invitationId: invitation.id },
      });
    }
  }
}
