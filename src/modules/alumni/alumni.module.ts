import { Module } from '@nestjs/common';
import { AcademiesModule } from '../academies/academies.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CohortModule } from '../cohort/cohort.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { AlumniResolver } from './alumni.resolver.js';
import { AlumniService } from './alumni.service.js';
import { ProgrammeEnd } from './programme-end.job.js';

/**
 * The end of a programme and its alumni: `endProgramme`, the closing-date job and
 * `myAlumniAcademies`. Owns no table: the status is the academy's, the alumni rule the
 * cohort's (`userIsAlumnusSql` in cohort.sql.ts).
 */
@Module({
  imports: [AcademiesModule, AuditModule, CohortModule, TimelineModule],
  providers: [AlumniService, AlumniResolver, ProgrammeEnd],
  exports: [AlumniService],
})
export class AlumniModule {}
