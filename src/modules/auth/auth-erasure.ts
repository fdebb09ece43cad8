import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import {
  addressesOfSubject,
  PersonalDataRegistry,
  type PersonalDataEraser,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { OneTimeTokenEntity } from './entities/one-time-token.entity.js';
import { SessionEntity } from './entities/session.entity.js';

/**
 * Erasure ends every way in at once: the person's sessions (cookie and bearer) and every
 * one-time link mailed to any of their addresses (sign-in, invitations) are deleted, so the very next
 * request with any of them is anonymous.
 */
@Injectable()
export class AuthErasure implements PersonalDataEraser, OnModuleInit {
  readonly name = 'auth';
  // Deleted by the exact address.
  readonly identityColumns = [{ table: 'one_time_tokens', column: 'email' }];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerEraser(this);
  }

  async erase(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<Record<string, number>> {
    const sessions = await manager.getRepository(SessionEntity).delete({ userId: subject.userId });
    const tokens = await manager
      .getRepository(OneTimeTokenEntity)
      .delete({ email: In(addressesOfSubject(subject)) });
    return { sessions: sessions.affected ?? 0, one_time_tokens: tokens.affected ?? 0 };
  }
}
