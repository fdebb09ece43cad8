import { Module } from '@nestjs/common';
import { ApplicationsErasure } from './applications-erasure.js';
import { ApplicationSeedService } from './application-seed.service.js';
import { SelectionStatePort } from './selection-state.port.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AcademiesModule } from '../academies/academies.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CohortModule } from '../cohort/cohort.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ApplicationAccessService } from './application-access.service.js';
import { ApplicationDraftsService } from './application-drafts.service.js';
import { ApplicationEvents } from './application-events.js';
import { ApplicationExportService } from './application-export.service.js';
import { ApplicationFieldsResolver } from './application-fields.resolver.js';
import { ApplicationMailer } from './application-mailer.js';
import { ApplicationMutationsResolver } from './application-mutations.resolver.js';
import { ApplicationQueriesResolver } from './application-queries.resolver.js';
import { ApplicationQueriesService } from './application-queries.service.js';
import { ApplicationRecordsService } from './application-records.service.js';
import { ApplicationsExportController } from './applications-export.controller.js';
import { ApplicationsLoaders } from './applications.loaders.js';
import { ConsultationBookingPort } from './consultation-booking.port.js';
import { DeadlineExtensionResolver } from './deadline-extension.resolver.js';
import { DeadlineExtensionsService } from './deadline-extensions.service.js';
import { EligibilityCriteriaResolver } from './eligibility-criteria.resolver.js';
import { EligibilityCriteriaService } from './eligibility-criteria.service.js';
import { EligibilityService } from './eligibility.service.js';
import { ApplicationEntity } from './entities/application.entity.js';
import { DeadlineExtensionEntity } from './entities/deadline-extension.entity.js';
import { EligibilityCriterionEntity } from './entities/eligibility-criterion.entity.js';
import { SubmitApplicationUseCase } from './usecases/submit-application/submit-application.usecase.js';
import { CriteriaSeedService } from './criteria-seed.service.js';

/** Owns `applications`, `deadline_extensions` and `eligibility_criteria`. */
import { EligibilityCriteriaEditionCopier } from './eligibility-criteria-edition-copier.js';
import { ApplicationsDataExport } from './applications-data-export.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      ApplicationEntity,
      DeadlineExtensionEntity,
      EligibilityCriterionEntity,
    ]),
    AuditModule,
    MailModule,
    AcademiesModule,
    OrganisationsModule,
    CohortModule,
  ],
  controllers: [ApplicationsExportController],
  providers: [
    ApplicationsDataExport,
    SelectionStatePort,
    ApplicationSeedService,
    ApplicationsErasure,
    ApplicationAccessService,
    ApplicationDraftsService,
    SubmitApplicationUseCase,
    DeadlineExtensionsService,
    EligibilityCriteriaService,
    EligibilityService,
    ApplicationQueriesService,
    ApplicationExportService,
    ApplicationRecordsService,
    ApplicationMailer,
    ApplicationEvents,
    ConsultationBookingPort,
    ApplicationsLoaders,
    ApplicationQueriesResolver,
    ApplicationMutationsResolver,
    ApplicationFieldsResolver,
    EligibilityCriteriaResolver,
    DeadlineExtensionResolver,
    CriteriaSeedService,
    EligibilityCriteriaEditionCopier,
  ],
  exports: [
    SelectionStatePort,
    ApplicationSeedService,
    CriteriaSeedService,
    ApplicationRecordsService,
    ApplicationMailer,
    ApplicationEvents,
    ConsultationBookingPort,
  ],
})
export class ApplicationsModule {}
