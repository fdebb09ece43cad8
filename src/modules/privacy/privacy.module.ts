import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { RateLimitsModule } from '../rate-limits/rate-limits.module.js';
import { UsersModule } from '../users/users.module.js';
import { DataExportErasure } from './export/data-export-erasure.js';
import { DataExportArchives } from './export/data-export-archive.js';
import { DataExportsController } from './export/data-exports.controller.js';
import { DataExportsResolver } from './export/data-exports.resolver.js';
import { DataExportsService } from './export/data-exports.service.js';
import { DataExportEntity } from './export/entities/data-export.entity.js';

/**
 * Data rights (issue 17, docs/privacy.md): a person's and an organisation's data export, the
 * erasure of an account, and each academy's retention periods with the daily job that applies
 * them. The features take part through PersonalDataRegistry (src/common/privacy).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([DataExportEntity]),
    MailModule,
    OrganisationsModule,
    RateLimitsModule,
    UsersModule,
  ],
  controllers: [DataExportsController],
  providers: [DataExportArchives, DataExportsService, DataExportsResolver, DataExportErasure],
  exports: [DataExportArchives],
})
export class PrivacyModule {}
