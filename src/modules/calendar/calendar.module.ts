import { Module } from '@nestjs/common';
import { AppSecret } from '../../common/auth/app-secret.js';
import { AcademiesModule } from '../academies/academies.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';
import { CalendarResolver } from './calendar.resolver.js';

@Module({
  imports: [AcademiesModule, TimelineModule, AuditModule],
  controllers: [CalendarController],
  providers: [CalendarFeedsService, CalendarResolver, AppSecret],
})
export class CalendarModule {}
