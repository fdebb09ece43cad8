import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { TimelineResolver } from './timeline.resolver.js';
import { TimelineService } from './timeline.service.js';

@Module({
  imports: [AuditModule],
  providers: [TimelineService, TimelineResolver],
  exports: [TimelineService],
})
export class TimelineModule {}
