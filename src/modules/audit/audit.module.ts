import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditResolver } from './audit.resolver.js';
import { AuditDataExport } from './audit-data-export.js';
import { AuditService } from './audit.service.js';
import { AuditEntryEntity } from './entities/audit-entry.entity.js';
import { AuditRetention } from './audit-retention.js';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity])],
  providers: [AuditRetention, AuditService, AuditResolver, AuditDataExport],
  exports: [AuditService],
})
export class AuditModule {}
