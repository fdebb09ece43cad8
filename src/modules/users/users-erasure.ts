import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GlobalRole } from '../../common/auth/global-role.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { Locale } from '../../common/i18n/locale.js';
import {
  ErasureStage,
  PersonalDataRegistry,
  type ErasureBlocker,
  type PersonalDataEraser,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { pseudonymousEmail } from '../../common/privacy/personal-text.js';
import { Clock } from '../../common/time/clock.js';
import { UserEntity } from './entities/user.entity.js';
import { RoleEvents } from './role-events.js';

/**
 * Erasure of the account itself: the row stays (decisions, reviews and audit entries point at
 * it) with the pseudonym as its name, an undeliverable unique `.invalid` address, the default
 * language, no roles and `erased_at`. The old address may sign in again later: that makes a
 * new, empty account.
 */
@Injectable()
export class UsersErasure implements PersonalDataEraser, OnModuleInit {
  readonly name = 'users';
  readonly stage = ErasureStage.ACCOUNT;
  // Changed by the account's id; another account's same name is a namesake's.
  readonly identityColumns = [
    { table: 'users', column: 'name' },
    { table: 'users', column: 'email' },
  ];

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly roleEvents: RoleEvents,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.registry.registerEraser(this);
  }

  /** The last ADMIN cannot be erased: nobody could grant the role again. */
  async blockers(manager: EntityManager, subject: PersonalDataSubject): Promise<ErasureBlocker[]> {
    // Only an admin's erasure can leave no admin: anyone else's takes no admin's lock (it would
    // hold every admin row through the whole erasure, stalling role changes and sign-ins).
    const own = await manager
      .getRepository(UserEntity)
      .findOneOrFail({ select: { id: true, roles: true }, where: { id: subject.userId } });
    if (!own.roles.includes(GlobalRole.ADMIN)) return [];
    // Every admin locked in id order, as revokeRole does, so two admins erasing each other at
    // once are serialised and the second sees that only one is left.
    const admins = await manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where(':role = ANY(u.roles)', { role: GlobalRole.ADMIN })
      .orderBy('u.id')
      .setLock('pessimistic_write')
      .getMany();
    const isAdmin = admins.some((admin) => admin.id === subject.userId);
    return isAdmin && admins.length === 1 ? [{ code: ErrorCode.LAST_ADMIN, details: {} }] : [];
  }

  async erase(
    manager: EntityManager,
    subject: PersonalDataSubject,
    pseudonym: string,
  ): Promise<Record<string, number>> {
    const users = manager.getRepository(UserEntity);
    const user = await users.findOneByOrFail({ id: subject.userId });
    const formerRoles = user.roles;
    const erased = {
      name: pseudonym,
      email: pseudonymousEmail(subject.userId),
      locale: Locale.fi,
      roles: [],
    };
    const result = await users.update(
      { id: subject.userId },
      { ...erased, erasedAt: this.clock.now() },
    );
    // As when an admin revokes the roles: a former expert's open slots are withdrawn (their
    // bookings cancelled with mail to the organisations). The handlers see the erased record,
    // so nothing they write names the person.
    Object.assign(user, erased);
    for (const role of formerRoles) await this.roleEvents.revoked(manager, user, role, null);
    return { users: result.affected ?? 0 };
  }
}
