import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Clock } from './clock.js';

@Global()
@Module({})
export class TimeModule {
  /** The system clock, or the one a test passes in to move time. */
  static forRoot(clock: Clock = new Clock()): DynamicModule {
    return {
      module: TimeModule,
      providers: [{ provide: Clock, useValue: clock }],
      exports: [Clock],
    };
  }
}
