import { Module } from '@nestjs/common';
import { CalendarErasure } from './calendar-erasure.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppSecret } from '../../common/auth/app-secret.js';
import { AcademiesModule } from '../academies/academies.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarDownloadsService } from './calendar-downloads.service.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';
import { CalendarResolver } from './calendar.resolver.js';
import { FeedCache } from './feed-cache.js';
import { CalendarFeedEntity } from './entities/calendar-feed.entity.js';

/**
 * Owns `calendar_feeds`; assembles calendars from the timeline's events and the
 * consultations' bookings (through their exported SQL view).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([CalendarFeedEntity]),
    AcademiesModule,
    TimelineModule,
    ConsultationsModule,
    AuditModule,
  ],
  controllers: [CalendarController],
  providers: [
    CalendarFeedsService,
    CalendarErasure,
    CalendarDownloadsService,
    CalendarResolver,
    AppSecret,
    FeedCache,
  ],
})
export class CalendarModule {}
