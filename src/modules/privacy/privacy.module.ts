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
import { UsersModule } from '../users/users.module.js';
import { AccountErasureResolver } from './erasure/account-erasure.resolver.js';
import { AccountErasureService } from './erasure/account-erasure.service.js';

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
    UsersModule,
  ],
  providers: [
    RetentionSettingsService,
    RetentionRunsService,
    RetentionJob,
    RetentionResolver,
    // Erasure (src/modules/privacy/erasure)
    AccountErasureService,
    AccountErasureResolver,
  ],
})
export class PrivacyModule {}
