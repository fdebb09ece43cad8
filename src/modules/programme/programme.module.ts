import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AcademiesModule } from '../academies/academies.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { RegistrationModule } from '../registration/registration.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { WorkshopModule } from '../workshop/workshop.module.js';
import { ProgrammeEditionCopier } from './programme-edition-copier.js';
import { ProgrammeFundingSourceEntity } from './entities/programme-funding-source.entity.js';
import { ProgrammePartnerEntity } from './entities/programme-partner.entity.js';
import { ProgrammeProfileEntity } from './entities/programme-profile.entity.js';
import { MoneyTextResolver, ProgrammeDurationTextResolver } from './programme-text.resolver.js';
import { ProgrammeResolver } from './programme.resolver.js';
import { ProgrammeService } from './programme.service.js';
import { PlanMeetingSeries } from './usecases/plan-meeting-series/plan-meeting-series.usecase.js';

/**
 * Owns `programme_profiles` (duration, budget), `programme_partners` and
 * `programme_funding_sources`: the public programme page (copied into a next edition by
 * `ProgrammeEditionCopier`), and the planning of meeting series
 * (through the timeline's and registration's services).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ProgrammeProfileEntity,
      ProgrammePartnerEntity,
      ProgrammeFundingSourceEntity,
    ]),
    AcademiesModule,
    TimelineModule,
    WorkshopModule,
    RegistrationModule,
    AuditModule,
  ],
  providers: [
    ProgrammeService,
    ProgrammeResolver,
    MoneyTextResolver,
    ProgrammeDurationTextResolver,
    PlanMeetingSeries,
    ProgrammeEditionCopier,
  ],
  exports: [ProgrammeService, PlanMeetingSeries],
})
export class ProgrammeModule {}
