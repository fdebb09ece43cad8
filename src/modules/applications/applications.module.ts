import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ApplicationEvents } from './application-events.js';
import { ApplicationRecordsService } from './application-records.service.js';
import { ApplicationMailer } from './application-mailer.js';
import { ApplicationQueriesService } from './application-queries.service.js';
import { ApplicationsExportController } from './applications-export.controller.js';
import { ApplicationsResolver } from './applications.resolver.js';
import { ApplicationsService } from './applications.service.js';
import { CriteriaResolver } from './criteria.resolver.js';
import { CriteriaSeedService } from './criteria-seed.service.js';

@Module({
  imports: [AuditModule, MailModule, OrganisationsModule],
  controllers: [ApplicationsExportController],
  providers: [
    ApplicationsService,
    ApplicationRecordsService,
    ApplicationQueriesService,
    ApplicationMailer,
    ApplicationEvents,
    ApplicationsResolver,
    CriteriaResolver,
    CriteriaSeedService,
  ],
  exports: [
    ApplicationsService,
    ApplicationRecordsService,
    ApplicationMailer,
    ApplicationEvents,
    CriteriaSeedService,
  ],
})
export class ApplicationsModule {}
