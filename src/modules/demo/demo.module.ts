import { Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config.js';
import { SeedRunEntity } from '../../database/seed-run.entity.js';
import { AcademiesModule } from '../academies/academies.module.js';
import { ApplicationsModule } from '../applications/applications.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { DemoSeedService } from './demo-seed.service.js';
import { DemoSelectionHistory } from './demo-selection-history.js';
import { UsersModule } from '../users/users.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { CohortModule } from '../cohort/cohort.module.js';
import { SelectionModule } from '../selection/selection.module.js';
import { WorkshopModule } from '../workshop/workshop.module.js';
import { AttendanceModule } from '../attendance/attendance.module.js';
import { RegistrationModule } from '../registration/registration.module.js';
import { SparringModule } from '../sparring/sparring.module.js';
import { DemoProgrammeHistory } from './demo-programme-history.js';
import { DemoFollowUpHistory } from './demo-follow-up-history.js';
import { DemoAlumniHistory } from './demo-alumni-history.js';
import { FollowUpModule } from '../follow-up/follow-up.module.js';
import { EnrolmentModule } from '../enrolment/enrolment.module.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { DemoOpenProgrammes } from './demo-open-programmes.js';

@Injectable()
class DemoSeedOnStart implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly seed: DemoSeedService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seedDemoData) await this.seed.seedOnce();
  }
}

/** Owns `seed_runs`; writes the demo data through the owning features' services. */
@Module({
  imports: [
    TypeOrmModule.forFeature([SeedRunEntity]),
    AcademiesModule,
    TimelineModule,
    ApplicationsModule,
    UsersModule,
    OrganisationsModule,
    ConsultationsModule,
    SelectionModule,
    CohortModule,
    WorkshopModule,
    AttendanceModule,
    RegistrationModule,
    SparringModule,
    FollowUpModule,
    EnrolmentModule,
    ProgrammeModule,
  ],
  providers: [
    DemoSeedService,
    DemoSeedOnStart,
    DemoSelectionHistory,
    DemoProgrammeHistory,
    DemoFollowUpHistory,
    DemoOpenProgrammes,
    DemoAlumniHistory,
  ],
  exports: [DemoSeedService],
})
export class DemoModule {}
