import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortService } from './cohort.service.js';
import { CohortMemberEntity } from './entities/cohort-member.entity.js';

/** Owns `cohort_members`: which organisations an academy selected. */
@Module({
  imports: [TypeOrmModule.forFeature([CohortMemberEntity])],
  providers: [CohortService],
  exports: [CohortService],
})
export class CohortModule {}
