import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortService } from './cohort.service.js';
import { CohortMemberEntity } from './entities/cohort-member.entity.js';
import { CohortParticipantEntity } from './entities/cohort-participant.entity.js';

/** Owns `cohort_members` (which organisations an academy selected) and `cohort_participants` (their named teams). */
@Module({
  imports: [TypeOrmModule.forFeature([CohortMemberEntity, CohortParticipantEntity])],
  providers: [CohortService],
  exports: [CohortService],
})
export class CohortModule {}
