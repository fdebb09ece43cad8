import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PersonalDataRegistry, type RetentionTask } from '../../common/privacy/personal-data.js';
import { RetentionKind } from '../../common/privacy/retention-kinds.js';
import { OutboxStatus } from './outbox-message.enums.js';

/**
 * SENT_MAIL (issue 17, platform-wide): sent outbox rows are deleted once their sending lies
 * further back than the period. Pending and failed rows stay (they are still work or an
 * operator's to look at).
 */
@Injectable()
export class MailRetention implements RetentionTask, OnModuleInit {
  readonly name = 'mail';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerRetention(this);
  }

  async applyPlatform(
    manager: EntityManager,
    cutOffOf: (kind: string) => Date | undefined,
  ): Promise<Record<string, number>> {
    const cutOff = cutOffOf(RetentionKind.SENT_MAIL);
    if (!cutOff) return {};
    // TypeORM answers an UPDATE or DELETE with [rows, affectedCount].
    const [, deleted] = await manager.query<[unknown[], number]>(
      `DELETE FROM outbox_messages WHERE status = $1 AND sent_at <= $2 RETURNING id`,
      [OutboxStatus.SENT, cutOff],
    );
    return { [RetentionKind.SENT_MAIL]: deleted };
  }
}
