import { Module } from '@nestjs/common';
import { CalendarErasure } from './calendar-erasure.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppSecret } from '../../common/auth/app-secret.js';
import { AcademiesModule } from '../academies/academies.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { UsersModule } from '../users/users.module.js';
import { CalendarDataExport } from './calendar-data-export.js';
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
    UsersModule,
  ],
  controllers: [CalendarController],
  providers: [
    CalendarFeedsService,
    CalendarErasure,
    CalendarDownloadsService,
    CalendarResolver,
    AppSecret,
    FeedCache,
    CalendarDataExport,
  ],
})
export class CalendarModule {}
