import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PersonalDataRegistry, type RetentionTask } from '../../common/privacy/personal-data.js';
import { RetentionKind } from '../../common/privacy/retention-kinds.js';

/**
 * AUDIT (issue 17, platform-wide): audit entries written longer ago than the period are
 * deleted, the copies of records in their `before`/`after` with them.
 */
@Injectable()
export class AuditRetention implements RetentionTask, OnModuleInit {
  readonly name = 'audit';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerRetention(this);
  }

  async applyPlatform(
    manager: EntityManager,
    cutOffOf: (kind: string) => Date | undefined,
  ): Promise<Record<string, number>> {
    const cutOff = cutOffOf(RetentionKind.AUDIT);
    if (!cutOff) return {};
    // TypeORM answers an UPDATE or DELETE with [rows, affectedCount].
    const [, deleted] = await manager.query<[unknown[], number]>(
      `DELETE FROM audit_entries WHERE created_at <= $1 RETURNING id`,
      [cutOff],
    );
    return { [RetentionKind.AUDIT]: deleted };
  }
}
