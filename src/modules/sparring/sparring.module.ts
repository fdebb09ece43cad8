import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CohortModule } from '../cohort/cohort.module.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { MailModule } from '../mail/mail.module.js';
import { UsersModule } from '../users/users.module.js';
import { FollowUpModule } from '../follow-up/follow-up.module.js';
import { SparringAgreedActionsSource } from './agreed-actions-source.js';
import { SparringSeedService } from './sparring-seed.service.js';
import { BookingOutcomeFieldsResolver } from './booking-outcome-fields.resolver.js';
import { AgreedActionEntity } from './entities/agreed-action.entity.js';
import { AppointmentSummaryEntity } from './entities/appointment-summary.entity.js';
import { SparringOutcomeMailer } from './sparring-outcome-mailer.js';
import { SparringOutcomeReadsService } from './sparring-outcome-reads.service.js';
import { SparringOutcomesResolver } from './sparring-outcomes.resolver.js';
import { SparringOutcomesService } from './sparring-outcomes.service.js';
import { SparringLoaders } from './sparring.loaders.js';
import { SparringDataExport } from './sparring-data-export.js';

/**
 * Owns `appointment_summaries` and `agreed_actions`: what an expert records after a held
 * appointment (a sparring session), read by the organisation's team.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([AppointmentSummaryEntity, AgreedActionEntity]),
    AuditModule,
    MailModule,
    UsersModule,
    CohortModule,
    ConsultationsModule,
    FollowUpModule,
  ],
  providers: [
    SparringDataExport,
    SparringOutcomesService,
    SparringOutcomeReadsService,
    SparringOutcomeMailer,
    SparringLoaders,
    SparringAgreedActionsSource,
    SparringSeedService,
    SparringOutcomesResolver,
    BookingOutcomeFieldsResolver,
  ],
  exports: [SparringSeedService],
})
export class SparringModule {}
