import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataRegistry,
  type ExportedRecords,
  type PersonalDataExporter,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { SessionEntity } from './entities/session.entity.js';

/**
 * A person's export: their sessions (`sessions.json`: when each began, ends or was revoked)
 * without the token hashes — a secret's hash is of no use to the person and would only make
 * a leaked archive worse. One-time tokens are not exported: they live minutes and hold only
 * the address and a hash.
 */
@Injectable()
export class AuthDataExport implements PersonalDataExporter, OnModuleInit {
  readonly name = 'auth';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerExporter(this);
  }

  async exportPerson(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<ExportedRecords> {
    const sessions = await manager.getRepository(SessionEntity).find({
      where: { userId: subject.userId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return {
      sessions: sessions.map((session) => ({
        id: session.id,
        createdAt: session.createdAt,
        expiresAt: session.expiresAt,
        revokedAt: session.revokedAt,
      })),
    };
  }
}
