import { Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../config/app-config.js';
import { SeedRunEntity } from '../../database/seed-run.entity.js';
import { AcademiesModule } from '../academies/academies.module.js';
import { ApplicationsModule } from '../applications/applications.module.js';
import { SelectionModule } from '../selection/selection.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { DemoSeedService } from './demo-seed.service.js';

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
    SelectionModule,
  ],
  providers: [DemoSeedService, DemoSeedOnStart],
  exports: [DemoSeedService],
})
export class DemoModule {}
