import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PersonalDataRegistry, type RetentionTask } from '../../common/privacy/personal-data.js';
import { RetentionKind } from '../../common/privacy/retention-kinds.js';
import { OutboxStatus } from './outbox-message.enums.js';

/**
 * SENT_MAIL (issue 17, platform-wide): outbox rows that are done with are deleted once the
 * period has passed — sent mail counted from its sending, cancelled and parked mail (never to
 * be sent; a parked one waited a whole period for an operator) from its last change. Pending
 * and sending rows stay: they are still work.
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
      `DELETE FROM outbox_messages
        WHERE (status = $1 AND sent_at <= $3) OR (status = ANY($2) AND updated_at <= $3)
       RETURNING id`,
      [OutboxStatus.SENT, [OutboxStatus.CANCELLED, OutboxStatus.PARKED], cutOff],
    );
    return { [RetentionKind.SENT_MAIL]: deleted };
  }
}
