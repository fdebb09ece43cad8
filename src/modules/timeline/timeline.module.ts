import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AcademiesModule } from '../academies/academies.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { UsersModule } from '../users/users.module.js';
import { AcademyEventsResolver } from './academy-events.resolver.js';
import { TimelineEventEntity } from './entities/timeline-event.entity.js';
import { TimelineLoaders } from './timeline.loaders.js';
import { TimelineResolver } from './timeline.resolver.js';
import { TimelineService } from './timeline.service.js';
import { EventReminders } from './event-reminders.js';
import { TimelineEventChanges } from './timeline-event-changes.js';

/** Owns `timeline_events` and `timeline_event_hosts`. */
import { TimelineEditionCopier } from './timeline-edition-copier.js';
import { TimelineDataExport } from './timeline-data-export.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([TimelineEventEntity]),
    AcademiesModule,
    OrganisationsModule,
    UsersModule,
    AuditModule,
    MailModule,
  ],
  providers: [
    TimelineDataExport,
    TimelineService,
    TimelineResolver,
    AcademyEventsResolver,
    TimelineLoaders,
    EventReminders,
    TimelineEventChanges,
    TimelineEditionCopier,
  ],
  exports: [TimelineService, TimelineEventChanges],
})
export class TimelineModule {}
