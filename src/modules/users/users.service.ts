import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import { DomainException, notFound } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import type { Locale } from '../../common/i18n/locale.js';
import type { PrincipalUser } from '../../common/auth/principal.js';
import { AppConfig } from '../../config/app-config.js';
import { AuditService } from '../audit/audit.service.js';
import { UserEntity } from './entities/user.entity.js';
import { normaliseEmail } from './normalise-email.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import type { UpdateMeInput } from './dto/update-me.input.js';
import { RoleEvents } from './role-events.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';

/** Owns `users`: other features read and create people through here. */
@Injectable()
export class UsersService {
  constructor(
    private readonly transactions: ContendedTransactions,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly roleEvents: RoleEvents,
  ) {}

  private repository(manager?: EntityManager): Repository<UserEntity> {
    return manager ? manager.getRepository(UserEntity) : this.users;
  }

  /** A person by id, or null. */
  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repository(manager).findOneBy({ id });
  }

  /** A person by id, locked for the rest of the caller's transaction (erasure), or null. */
  findByIdForUpdate(manager: EntityManager, id: string): Promise<UserEntity | null> {
    return manager
      .getRepository(UserEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** People by id, by name (for loaders and other features' services). */
  findByIds(ids: readonly string[], manager?: EntityManager): Promise<UserEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repository(manager).find({
      where: { id: In([...ids]) },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  /** A person by e-mail address (any case), or null. */
  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repository(manager).findOneBy({ email: normaliseEmail(email) });
  }

  /**
   * The person with this (normalised) address, created on first sign-in with the language
   * the link was asked in. Runs in the caller's transaction.
   *
   * ADMIN_EMAILS only bootstraps: a listed address becomes ADMIN (audited as the system)
   * while nobody holds ADMIN. Once an admin exists, admins grant and revoke the role, and a
   * revocation stays revoked — the list never gives the role back.
   */
  async findOrCreateByEmail(
    email: string,
    locale: Locale,
    manager?: EntityManager,
  ): Promise<UserEntity> {
    const users = this.repository(manager);
    await users
      .createQueryBuilder()
      .insert()
      .values({ email, locale, name: null, roles: [] })
      .orIgnore()
      .execute();
    const user = await users.findOneByOrFail({ email });
    if (
      this.config.auth.adminEmails.includes(email) &&
      !user.roles.includes(GlobalRole.ADMIN) &&
      !(await this.anyAdminExists(users))
    ) {
      const before = [...user.roles];
      user.roles = [...user.roles, GlobalRole.ADMIN];
      await users.update({ id: user.id }, { roles: user.roles });
      await this.audit.record(users.manager, {
        actorId: null,
        action: 'role.granted',
        entityType: 'user',
        entityId: user.id,
        before: { roles: before },
        after: { roles: user.roles, reason: 'ADMIN_EMAILS' },
      });
    }
    return user;
  }

  private anyAdminExists(users: Repository<UserEntity>): Promise<boolean> {
    return users
      .createQueryBuilder('u')
      .where(':role = ANY(u.roles)', { role: GlobalRole.ADMIN })
      .getExists();
  }

  /** People by e-mail address, optionally only the holders of one role (admins' role page). */
  list(
    role: GlobalRole | undefined,
    limit: number,
    offset: number,
    email?: string | null,
  ): Promise<[UserEntity[], number]> {
    const query = this.users.createQueryBuilder('u').orderBy('u.email').addOrderBy('u.id');
    if (role) query.andWhere(':role = ANY(u.roles)', { role });
    // `email: null` (as GraphQL lets a caller write it) is no filter, like leaving it out.
    if (email !== undefined && email !== null)
      query.andWhere('u.email = :email', { email: normaliseEmail(email) });
    return query.take(limit).skip(offset).getManyAndCount();
  }

  async updateMe<T extends PrincipalUser>(user: T, input: UpdateMeInput): Promise<T> {
    const changes: Partial<UserEntity> = {};
    if (input.name !== undefined) changes.name = input.name.trim();
    if (input.locale !== undefined) changes.locale = input.locale;
    await this.users.update({ id: user.id }, changes);
    return Object.assign(user, changes);
  }

  /**
   * Grants or revokes a global role. Used by admins through GraphQL and by the CLI
   * (actor null). Takes effect on the person's next request: roles are read per request.
   * The last ADMIN keeps the role (LAST_ADMIN). A revocation runs the other features'
   * handlers (RoleEvents) in its transaction.
   */
  async changeRole(
    actorId: string | null,
    email: string,
    role: GlobalRole,
    grant: boolean,
  ): Promise<UserEntity> {
    return this.transactions.run(async (manager) => {
      const users = manager.getRepository(UserEntity);
      // Removing ADMIN: lock every admin first (always in id order), so two admins revoking
      // each other at once are serialised and the second sees that only one is left.
      const admins =
        !grant && role === GlobalRole.ADMIN
          ? await users
              .createQueryBuilder('u')
              .where(':role = ANY(u.roles)', { role: GlobalRole.ADMIN })
              .orderBy('u.id')
              .setLock('pessimistic_write')
              .getMany()
          : [];
      const user = await users.findOne({
        where: { email: normaliseEmail(email) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw notFound();
      const before = [...user.roles];
      const roles = grant
        ? [...new Set([...before, role])]
        : before.filter((existing) => existing !== role);
      if (roles.length === before.length && roles.every((existing) => before.includes(existing)))
        return user;
      if (!grant && role === GlobalRole.ADMIN && admins.every((admin) => admin.id === user.id))
        throw new DomainException(ErrorCode.LAST_ADMIN);
      user.roles = roles;
      await users.update({ id: user.id }, { roles });
      await this.audit.record(manager, {
        actorId,
        action: grant ? 'role.granted' : 'role.revoked',
        entityType: 'user',
        entityId: user.id,
        before: { roles: before },
        after: { roles },
      });
      if (!grant) await this.roleEvents.revoked(manager, user, role, actorId);
      return user;
    });
  }
}
