import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditResolver } from './audit.resolver.js';
import { AuditDataExport } from './audit-data-export.js';
import { AuditService } from './audit.service.js';
import { AuditEntryEntity } from './entities/audit-entry.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity])],
  providers: [AuditService, AuditResolver, AuditDataExport],
  exports: [AuditService],
})
export class AuditModule {}
