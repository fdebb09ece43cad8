import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AcademiesModule } from '../academies/academies.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CohortModule } from '../cohort/cohort.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { EnrolmentSeedService } from './enrolment-seed.service.js';
import { SignUpEntity } from './entities/sign-up.entity.js';
import { SignUpsResolver } from './sign-ups.resolver.js';
import { SignUpsService } from './sign-ups.service.js';
import { EnrolmentDataExport } from './enrolment-data-export.js';

/** Owns `sign_ups`: open enrolment into OPEN academies (no application, no selection). */
@Module({
  imports: [
    TypeOrmModule.forFeature([SignUpEntity]),
    AcademiesModule,
    AuditModule,
    CohortModule,
    MailModule,
    OrganisationsModule,
  ],
  providers: [EnrolmentDataExport, SignUpsService, SignUpsResolver, EnrolmentSeedService],
  exports: [SignUpsService, EnrolmentSeedService],
})
export class EnrolmentModule {}
