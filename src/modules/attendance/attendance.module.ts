import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CohortModule } from '../cohort/cohort.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { AttendanceResolver } from './attendance.resolver.js';
import { AttendanceService } from './attendance.service.js';
import { AttendanceSeedService } from './attendance-seed.service.js';
import { EventAttendanceEntity } from './entities/event-attendance.entity.js';
import { AttendanceDataExport } from './attendance-data-export.js';

/** Owns `event_attendances`: who of the cohort teams attended which event. */
@Module({
  imports: [
    TypeOrmModule.forFeature([EventAttendanceEntity]),
    AuditModule,
    CohortModule,
    OrganisationsModule,
    TimelineModule,
  ],
  providers: [AttendanceDataExport, AttendanceService, AttendanceResolver, AttendanceSeedService],
  exports: [AttendanceSeedService],
})
export class AttendanceModule {}
