import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { Principal } from '../../common/auth/principal.js';
import { Clock } from '../../common/time/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { notFound } from '../../common/errors/domain.exception.js';
import { OutboxMessageEntity } from './entities/outbox-message.entity.js';
import { OutboxStatus } from './outbox-message.enums.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';

/** What admins see of the outbox: parked messages above all. */
@Injectable()
export class OutboxAdminService {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly dataSource: DataSource,
    @InjectRepository(OutboxMessageEntity)
    private readonly messages: Repository<OutboxMessageEntity>,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(
    status: OutboxStatus | undefined,
    limit: number,
    offset: number,
  ): Promise<[OutboxMessageEntity[], number]> {
    return this.messages.findAndCount({
      where: status ? { status } : {},
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
      skip: offset,
    });
  }

  async retry(principal: Principal, id: string): Promise<OutboxMessageEntity> {
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(OutboxMessageEntity);
      const message = await repository.findOne({
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!message) throw notFound();
      if (message.status === OutboxStatus.PARKED) {
        Object.assign(message, {
          status: OutboxStatus.PENDING,
          attempts: 0,
          availableAt: this.clock.now(),
        });
        await repository.save(message);
        await this.audit.record(manager, {
          actorId: principal.user.id,
          action: 'mail.retried',
          entityType: 'outbox_message',
          entityId: message.id,
          before: { status: OutboxStatus.PARKED },
          after: { status: OutboxStatus.PENDING },
        });
      }
      return message;
    });
  }
}
