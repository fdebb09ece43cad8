import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { CohortModule } from '../cohort/cohort.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { UsersModule } from '../users/users.module.js';
import { AssignmentCompletionEntity } from './entities/assignment-completion.entity.js';
import { EventAssignmentEntity } from './entities/event-assignment.entity.js';
import { EventMaterialEntity } from './entities/event-material.entity.js';
import { EventOutcomeEntity } from './entities/event-outcome.entity.js';
import { EventAssignmentsService } from './event-assignments.service.js';
import { EventMaterialsService } from './event-materials.service.js';
import { EventOutcomesService } from './event-outcomes.service.js';
import { WorkshopAccessService } from './workshop-access.service.js';
import { WorkshopResolver } from './workshop.resolver.js';
import { WorkshopSeedService } from './workshop-seed.service.js';
import { WorkshopService } from './workshop.service.js';
import { WorkshopDataExport } from './workshop-data-export.js';

/** Owns `event_materials`, `event_outcomes`, `event_assignments` and `assignment_completions`. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      EventMaterialEntity,
      EventOutcomeEntity,
      EventAssignmentEntity,
      AssignmentCompletionEntity,
    ]),
    TimelineModule,
    CohortModule,
    OrganisationsModule,
    UsersModule,
    AuditModule,
  ],
  providers: [
    WorkshopDataExport,
    WorkshopAccessService,
    EventMaterialsService,
    EventOutcomesService,
    EventAssignmentsService,
    WorkshopService,
    WorkshopResolver,
    WorkshopSeedService,
  ],
  exports: [WorkshopSeedService, EventOutcomesService],
})
export class WorkshopModule {}
