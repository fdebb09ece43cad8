import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { UsersModule } from '../users/users.module.js';
import { AccountErasureResolver } from './erasure/account-erasure.resolver.js';
import { AccountErasureService } from './erasure/account-erasure.service.js';

/**
 * Data rights (issue 17, docs/privacy.md): a person's and an organisation's data export, the
 * erasure of an account, and each academy's retention periods with the daily job that applies
 * them. The features take part through PersonalDataRegistry (src/common/privacy).
 */
@Module({
  imports: [AuditModule, UsersModule],
  providers: [
    // Erasure (src/modules/privacy/erasure)
    AccountErasureService,
    AccountErasureResolver,
  ],
})
export class PrivacyModule {}
