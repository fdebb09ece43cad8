import { Module } from '@nestjs/common';

/**
 * Data rights (issue 17, docs/privacy.md): a person's and an organisation's data export, the
 * erasure of an account, and each academy's retention periods with the daily job that applies
 * them. The features take part through PersonalDataRegistry (src/common/privacy).
 */
@Module({
  imports: [],
  providers: [],
})
export class PrivacyModule {}
