import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AcademiesModule } from '../academies/academies.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { RateLimitsModule } from '../rate-limits/rate-limits.module.js';
import { UsersModule } from '../users/users.module.js';
import { AccountErasureResolver } from './erasure/account-erasure.resolver.js';
import { AccountErasureService } from './erasure/account-erasure.service.js';
import { RetentionRunEntity } from './entities/retention-run.entity.js';
import { RetentionSettingEntity } from './entities/retention-setting.entity.js';
import { DataExportErasure } from './export/data-export-erasure.js';
import { DataExportArchives } from './export/data-export-archive.js';
import { DataExportsController } from './export/data-exports.controller.js';
import { DataExportsResolver } from './export/data-exports.resolver.js';
import { DataExportsService } from './export/data-exports.service.js';
import { DataExportEntity } from './export/entities/data-export.entity.js';
import { RetentionJob } from './retention/retention.job.js';
import { RetentionResolver } from './retention/retention.resolver.js';
import { RetentionRunsService } from './retention/retention-runs.service.js';
import { RetentionSettingsService } from './retention/retention-settings.service.js';

/**
 * Data rights (issue 17, docs/privacy.md): a person's and an organisation's data export, the
 * erasure of an account, and each academy's retention periods with the daily job that applies
 * them. The features take part through PersonalDataRegistry (src/common/privacy).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([RetentionSettingEntity, RetentionRunEntity, DataExportEntity]),
    AcademiesModule,
    AuditModule,
    MailModule,
    OrganisationsModule,
    RateLimitsModule,
    UsersModule,
  ],
  controllers: [DataExportsController],
  providers: [
    // Export (src/modules/privacy/export)
    DataExportArchives,
    DataExportsService,
    DataExportsResolver,
    DataExportErasure,
    // Retention (src/modules/privacy/retention)
    RetentionSettingsService,
    RetentionRunsService,
    RetentionJob,
    RetentionResolver,
    // Erasure (src/modules/privacy/erasure)
    AccountErasureService,
    AccountErasureResolver,
  ],
  exports: [DataExportArchives],
})
export class PrivacyModule {}
