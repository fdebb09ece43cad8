import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import { notFound } from '../../common/errors/domain.exception.js';
import type { Locale } from '../../common/i18n/locale.js';
import type { PrincipalUser } from '../../common/auth/principal.js';
import { AppConfig } from '../../config/app-config.js';
import { AuditService } from '../audit/audit.service.js';
import { UserEntity } from './entities/user.entity.js';
import { normaliseEmail } from './normalise-email.js';
import { GlobalRole } from '../../common/auth/global-role.js';
import type { UpdateMeInput } from './dto/update-me.input.js';

/** Owns `users`: other features read and create people through here. */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  private repository(manager?: EntityManager): Repository<UserEntity> {
    return manager ? manager.getRepository(UserEntity) : this.users;
  }

  /** A person by id, or null. */
  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repository(manager).findOneBy({ id });
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
   * the link was asked in. Addresses in ADMIN_EMAILS become ADMIN here, audited as the
   * system. Runs in the caller's transaction.
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
    // Bootstrap: addresses in ADMIN_EMAILS become ADMIN when they sign in.
    if (this.config.auth.adminEmails.includes(email) && !user.roles.includes(GlobalRole.ADMIN)) {
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
   */
  async changeRole(
    actorId: string | null,
    email: string,
    role: GlobalRole,
    grant: boolean,
  ): Promise<UserEntity> {
    return this.users.manager.transaction(async (manager) => {
      const users = manager.getRepository(UserEntity);
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
      return user;
    });
  }
}
