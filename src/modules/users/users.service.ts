import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { notFound } from '../../common/errors/domain.exception.js';
import { AuditService } from '../audit/audit.service.js';
import { normaliseEmail, UserEntity } from './entities/user.entity.js';
import { type GlobalRole } from '../../common/auth/global-role.js';
import type { UpdateMeInput } from './dto/update-me.input.js';

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** People by id (for loaders and other features' services). */
  findByIds(ids: readonly string[], manager?: EntityManager): Promise<UserEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return (manager ?? this.dataSource.manager)
      .getRepository(UserEntity)
      .findBy({ id: In([...ids]) });
  }

  /** A person by e-mail address (any case), or null. */
  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return (manager ?? this.dataSource.manager)
      .getRepository(UserEntity)
      .findOneBy({ email: normaliseEmail(email) });
  }

  async updateMe(user: UserEntity, input: UpdateMeInput): Promise<UserEntity> {
    const changes: Partial<UserEntity> = {};
    if (input.name !== undefined) changes.name = input.name.trim();
    if (input.locale !== undefined) changes.locale = input.locale;
    await this.dataSource.getRepository(UserEntity).update({ id: user.id }, changes);
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
    return this.dataSource.transaction(async (manager) => {
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
