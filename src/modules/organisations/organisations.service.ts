import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Repository, type EntityManager } from 'typeorm';
import {
  DomainException,
  InputValidationException,
  notFound,
} from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { isStaff, type Principal } from '../../common/auth/principal.js';
import { AppConfig } from '../../config/app-config.js';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import { renderInvitation } from '../mail/templates/invitation.template.js';
import { RateLimitService } from '../rate-limits/rate-limit.service.js';
import { mailboxKey, normaliseEmail } from '../users/normalise-email.js';
import { UsersService } from '../users/users.service.js';
import type { CreateOrganisationInput } from './dto/create-organisation.input.js';
import type { InviteMemberInput } from './dto/invite-member.input.js';
import type { RemoveMemberInput } from './dto/remove-member.input.js';
import type { UpdateOrganisationInput } from './dto/update-organisation.input.js';
import { InvitationEntity } from './entities/invitation.entity.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { MembershipRole } from './membership.enums.js';
import { OrganisationEntity } from './entities/organisation.entity.js';
import { businessIdRequired, OrganisationType } from './organisation.enums.js';
import { OrganisationMembershipsService } from './organisation-memberships.service.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';

const snapshot = (organisation: OrganisationEntity) => ({
  name: organisation.name,
  businessId: organisation.businessId,
  associationRegisterNumber: organisation.associationRegisterNumber,
  type: organisation.type,
  region: organisation.region,
});

const isUniqueViolation = (error: unknown, constraint: string): boolean =>
  (error as { code?: string; constraint?: string }).code === '23505' &&
  (error as { constraint?: string }).constraint === constraint;

/** The register number as digits (`123.456` → `123456`), or null. */
const registerNumber = (value: string | null | undefined): string | null =>
  value ? value.replaceAll('.', '') : null;

/**
 * The identifiers the type needs: a Y-tunnus unless the type may go without one
 * (BUSINESS_ID_REQUIRED), a register number only for an association (the database's checks
 * say the same; these give the caller a clear error instead).
 */
function assertIdentifiers(organisation: {
  type: OrganisationType;
  businessId: string | null;
  associationRegisterNumber: string | null;
}): void {
  if (!organisation.businessId && businessIdRequired(organisation.type))
    throw new DomainException(ErrorCode.BUSINESS_ID_REQUIRED, { field: 'input.businessId' });
  if (organisation.associationRegisterNumber && organisation.type !== OrganisationType.ASSOCIATION)
    throw new InputValidationException([
      {
        field: 'input.associationRegisterNumber',
        rule: 'associationOnly',
        detail: 'associationRegisterNumber is only for an ASSOCIATION',
      },
    ]);
}

/** A unique violation as the caller's clear error; anything else unchanged. */
function identifierTaken(error: unknown): unknown {
  if (isUniqueViolation(error, 'uq_organisations_business_id'))
    return new DomainException(ErrorCode.BUSINESS_ID_TAKEN, { field: 'input.businessId' });
  if (isUniqueViolation(error, 'uq_organisations_association_register_number'))
    return new DomainException(ErrorCode.REGISTER_NUMBER_TAKEN, {
      field: 'input.associationRegisterNumber',
    });
  return error;
}

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly dataSource: DataSource,
    @InjectRepository(OrganisationEntity)
    private readonly organisations: Repository<OrganisationEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    @InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>,
    private readonly access: OrganisationMembershipsService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
    private readonly rateLimits: RateLimitService,
  ) {}

  /** Any signed-in person may register an organisation; they become its CONTACT. */
  async create(principal: Principal, input: CreateOrganisationInput): Promise<OrganisationEntity> {
    const identifiers = {
      type: input.type,
      businessId: input.businessId || null,
      associationRegisterNumber: registerNumber(input.associationRegisterNumber),
    };
    assertIdentifiers(identifiers);
    try {
      return await this.transactions.run(async (manager) => {
        const organisation = await manager.getRepository(OrganisationEntity).save(
          manager.getRepository(OrganisationEntity).create({
            name: input.name.trim(),
            ...identifiers,
            region: input.region?.trim() || null,
          }),
        );
        await manager.getRepository(MembershipEntity).insert({
          organisationId: organisation.id,
          userId: principal.user.id,
          role: MembershipRole.CONTACT,
        });
        await this.audit.record(manager, {
          actorId: principal.user.id,
          action: 'organisation.created',
          entityType: 'organisation',
          entityId: organisation.id,
          after: snapshot(organisation),
        });
        return organisation;
      });
    } catch (error) {
      throw identifierTaken(error);
    }
  }

  async update(principal: Principal, input: UpdateOrganisationInput): Promise<OrganisationEntity> {
    await this.access.assertCanManage(principal, input.organisationId);
    try {
      return await this.updateLocked(principal, input);
    } catch (error) {
      throw identifierTaken(error);
    }
  }

  private updateLocked(
    principal: Principal,
    input: UpdateOrganisationInput,
  ): Promise<OrganisationEntity> {
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(OrganisationEntity);
      const organisation = await repository.findOne({
        where: { id: input.organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!organisation) throw notFound();
      const before = snapshot(organisation);
      if (input.name !== undefined) organisation.name = input.name.trim();
      if (input.type !== undefined && input.type !== null) organisation.type = input.type;
      if (input.businessId !== undefined) organisation.businessId = input.businessId || null;
      if (input.associationRegisterNumber !== undefined)
        organisation.associationRegisterNumber = registerNumber(input.associationRegisterNumber);
      assertIdentifiers(organisation);
      if (input.region !== undefined) organisation.region = input.region?.trim() || null;
      await repository.save(organisation);
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'organisation.updated',
        entityType: 'organisation',
        entityId: organisation.id,
        before,
        after: snapshot(organisation),
      });
      return organisation;
    });
  }

  /** An organisation by id, or NOT_FOUND. For other features' services (no access check). */
  async require(id: string, manager?: EntityManager): Promise<OrganisationEntity> {
    const organisation = await (
      manager ? manager.getRepository(OrganisationEntity) : this.organisations
    ).findOneBy({ id });
    if (!organisation) throw notFound();
    return organisation;
  }

  exists(id: string, manager?: EntityManager): Promise<boolean> {
    return (manager ? manager.getRepository(OrganisationEntity) : this.organisations).existsBy({
      id,
    });
  }

  /** Organisations by id (for loaders). No access check: callers decide who sees them. */
  findByIds(ids: readonly string[], manager?: EntityManager): Promise<OrganisationEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return (manager ? manager.getRepository(OrganisationEntity) : this.organisations).findBy({
      id: In([...ids]),
    });
  }

  async findOne(principal: Principal, id: string): Promise<OrganisationEntity> {
    await this.access.assertCanRead(principal, id);
    const organisation = await this.organisations.findOneBy({ id });
    if (!organisation) throw notFound();
    return organisation;
  }

  /** Every organisation, for admins and experts; capped page. */
  listAll(limit: number, offset: number): Promise<[OrganisationEntity[], number]> {
    return this.organisations.findAndCount({
      order: { name: 'ASC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
  }

  /**
   * The members of several organisations at once (the Organisation.members loader), in
   * joining order; for an organisation the caller may not read, null. Staff read every
   * organisation, others only their own (as assertCanRead) — and being a member means being
   * in the loaded list, so the check costs no extra statement.
   */
  async membersOfMany(
    principal: Principal,
    organisationIds: readonly string[],
  ): Promise<Map<string, MembershipEntity[] | null>> {
    const memberships =
      organisationIds.length === 0
        ? []
        : await this.memberships.find({
            where: { organisationId: In([...organisationIds]) },
            relations: { user: true, organisation: true },
            order: { createdAt: 'ASC', id: 'ASC' },
          });
    const byOrganisation = new Map<string, MembershipEntity[]>(
      organisationIds.map((id) => [id, []]),
    );
    for (const membership of memberships) {
      byOrganisation.get(membership.organisationId)?.push(membership);
    }
    const result = new Map<string, MembershipEntity[] | null>();
    for (const [organisationId, members] of byOrganisation) {
      const readable =
        isStaff(principal) || members.some((member) => member.userId === principal.user.id);
      result.set(organisationId, readable ? members : null);
    }
    return result;
  }

  async openInvitations(principal: Principal, organisationId: string): Promise<InvitationEntity[]> {
    await this.access.assertCanManage(principal, organisationId);
    return this.invitations.find({
      where: { organisationId, acceptedAt: IsNull(), revokedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
  }

  /**
   * A contact invites an address; the invitee joins by signing in with it. Each new
   * invitation mails the address once. Inviting an address whose invitation is still open
   * sends nothing: it answers that invitation (with the new role, audited, if the role
   * changed). New invitations are limited per 24 hours, per inviter, per organisation and
   * per invited mailbox (`+tag`s folded), RATE_LIMITED past any of them.
   */
  async invite(principal: Principal, input: InviteMemberInput): Promise<InvitationEntity> {
    await this.access.assertCanManage(principal, input.organisationId);
    const email = normaliseEmail(input.email);
    const open = await this.invitations.findOneBy({
      organisationId: input.organisationId,
      email,
      acceptedAt: IsNull(),
      revokedAt: IsNull(),
    });
    if (!open) await this.countInvitation(principal, input.organisationId, email);
    return this.transactions.run(async (manager) => {
      const organisation = await manager
        .getRepository(OrganisationEntity)
        .findOneByOrFail({ id: input.organisationId });
      const invitee = await this.users.findByEmail(email, manager);
      if (
        invitee &&
        (await manager
          .getRepository(MembershipEntity)
          .existsBy({ organisationId: organisation.id, userId: invitee.id }))
      ) {
        throw new DomainException(ErrorCode.ALREADY_MEMBER, { field: 'input.email' });
      }
      const repository = manager.getRepository(InvitationEntity);
      const existing = await repository.findOne({
        where: {
          organisationId: organisation.id,
          email,
          acceptedAt: IsNull(),
          revokedAt: IsNull(),
        },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing) {
        // Already invited and not yet joined: no second mail.
        if (existing.role === input.role) return existing;
        existing.role = input.role;
        const saved = await repository.save(existing);
        await this.recordInvited(manager, principal, organisation.id, saved);
        return saved;
      }
      const invitation = await repository.save(
        repository.create({
          organisationId: organisation.id,
          email,
          role: input.role,
          invitedById: principal.user.id,
          acceptedAt: null,
          revokedAt: null,
        }),
      );
      const locale = invitee?.locale ?? principal.user.locale;
      await this.mail.enqueue(manager, {
        type: 'INVITATION',
        to: { address: email, name: invitee?.name },
        locale,
        rendered: renderInvitation(locale, {
          organisationName: organisation.name,
          inviterName: principal.user.name ?? principal.user.email,
          url: `${this.config.publicUrl}/sign-in?email=${encodeURIComponent(email)}`,
        }),
      });
      await this.recordInvited(manager, principal, organisation.id, invitation);
      return invitation;
    });
  }

  /** One new invitation mail against the three limits (a refusal by a later one still counts). */
  private async countInvitation(
    principal: Principal,
    organisationId: string,
    email: string,
  ): Promise<void> {
    const limits = this.config.rateLimits;
    const day = 86_400;
    await this.rateLimits.consume({
      name: 'invitation:inviter',
      subject: principal.user.id,
      max: limits.invitationsPerInviter,
      windowSeconds: day,
    });
    await this.rateLimits.consume({
      name: 'invitation:organisation',
      subject: organisationId,
      max: limits.invitationsPerOrganisation,
      windowSeconds: day,
    });
    await this.rateLimits.consume({
      name: 'invitation:recipient',
      subject: mailboxKey(email),
      max: limits.invitationsPerRecipient,
      windowSeconds: day,
    });
  }

  private recordInvited(
    manager: EntityManager,
    principal: Principal,
    organisationId: string,
    invitation: InvitationEntity,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: principal.user.id,
      action: 'member.invited',
      entityType: 'organisation',
      entityId: organisationId,
      after: { email: invitation.email, role: invitation.role, invitationId: invitation.id },
    });
  }

  async removeMember(principal: Principal, input: RemoveMemberInput): Promise<boolean> {
    await this.access.assertCanManage(principal, input.organisationId);
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(MembershipEntity);
      // Lock the organisation's memberships so two removals cannot both pass the last-contact check.
      const members = await repository.find({
        where: { organisationId: input.organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      const target = members.find((membership) => membership.userId === input.userId);
      if (!target) throw notFound();
      const contacts = members.filter((membership) => membership.role === MembershipRole.CONTACT);
      if (target.role === MembershipRole.CONTACT && contacts.length === 1) {
        throw new DomainException(ErrorCode.LAST_CONTACT);
      }
      await repository.delete({ id: target.id });
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'member.removed',
        entityType: 'organisation',
        entityId: input.organisationId,
        before: { userId: target.userId, role: target.role },
      });
      return true;
    });
  }

  /** The organisations the caller belongs to, with their role. */
  myMemberships(principal: Principal): Promise<MembershipEntity[]> {
    return this.memberships.find({
      where: { userId: principal.user.id },
      relations: { organisation: true, user: true },
      order: { createdAt: 'ASC' },
    });
  }
}
