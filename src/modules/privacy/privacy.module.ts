import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AcademiesModule } from '../academies/academies.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { RetentionRunEntity } from './entities/retention-run.entity.js';
import { RetentionSettingEntity } from './entities/retention-setting.entity.js';
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
    TypeOrmModule.forFeature([RetentionSettingEntity, RetentionRunEntity]),
    AcademiesModule,
    AuditModule,
  ],
  providers: [RetentionSettingsService, RetentionRunsService, RetentionJob, RetentionResolver],
})
export class PrivacyModule {}
