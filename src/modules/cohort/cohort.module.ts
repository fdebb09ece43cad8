import { Module } from '@nestjs/common';
import { CohortErasure } from './cohort-erasure.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AcademiesModule } from '../academies/academies.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { UsersModule } from '../users/users.module.js';
import { CohortTeamResolver } from './cohort-team.resolver.js';
import { CohortTeamService } from './cohort-team.service.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { CohortEvents } from './cohort-events.js';
import { CohortResolver } from './cohort.resolver.js';
import { CohortSeedService } from './cohort-seed.service.js';
import { CohortService } from './cohort.service.js';
import { CohortMemberEntity } from './entities/cohort-member.entity.js';
import { CohortParticipantEntity } from './entities/cohort-participant.entity.js';
import { CohortDataExport } from './cohort-data-export.js';

/** Owns `cohort_members` (which organisations an academy selected) and `cohort_participants` (their named teams). */
@Module({
  imports: [
    TypeOrmModule.forFeature([CohortMemberEntity, CohortParticipantEntity]),
    AuditModule,
    AcademiesModule,
    OrganisationsModule,
    UsersModule,
  ],
  providers: [
    CohortDataExport,
    CohortEvents,
    CohortService,
    CohortErasure,
    CohortResolver,
    CohortTeamService,
    CohortTeamResolver,
    CohortSeedService,
  ],
  exports: [CohortEvents, CohortService, CohortTeamService, CohortSeedService],
})
export class CohortModule {}
