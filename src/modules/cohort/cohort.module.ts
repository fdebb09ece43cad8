import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { CohortResolver } from './cohort.resolver.js';
import { CohortService } from './cohort.service.js';
import { CohortMemberEntity } from './entities/cohort-member.entity.js';
import { CohortParticipantEntity } from './entities/cohort-participant.entity.js';

/** Owns `cohort_members` (which organisations an academy selected) and `cohort_participants` (their named teams). */
@Module({
  imports: [
    TypeOrmModule.forFeature([CohortMemberEntity, CohortParticipantEntity]),
    AuditModule,
    OrganisationsModule,
  ],
  providers: [CohortService, CohortResolver],
  exports: [CohortService],
})
export class CohortModule {}
