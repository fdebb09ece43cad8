import { Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
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

@Module({ providers: [DemoSeedService, DemoSeedOnStart], exports: [DemoSeedService] })
export class DemoModule {}
