import { Module } from '@nestjs/common';
import { MailErasure } from './mail-erasure.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { OutboxMessageEntity } from './entities/outbox-message.entity.js';
import { MailTransport } from './mail-transport.js';
import { MailResolver } from './mail.resolver.js';
import { MailDataExport } from './mail-data-export.js';
import { MailService } from './mail.service.js';
import { OutboxAdminService } from './outbox-admin.service.js';
import { OutboxWorker } from './outbox.worker.js';
import { MailRetention } from './mail-retention.js';

@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessageEntity]), AuditModule],
  providers: [
    MailRetention,
    MailService,
    MailErasure,
    MailTransport,
    OutboxWorker,
    OutboxAdminService,
    MailResolver,
    MailDataExport,
  ],
  exports: [MailService, OutboxWorker],
})
export class MailModule {}
