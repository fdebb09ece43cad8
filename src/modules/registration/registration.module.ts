import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AcademiesModule } from '../academies/academies.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { UsersModule } from '../users/users.module.js';
import { EventRegistrationSettingsEntity } from './entities/event-registration-settings.entity.js';
import { EventRegistrationEntity } from './entities/event-registration.entity.js';
import { EventSeatQueue } from './event-seat-queue.js';
import { EventRegistrationOffers } from './new-event-registration.js';
import { RegistrationEditionCopier } from './registration-edition-copier.js';
import { RegistrationEventCancelled } from './registration-event-cancelled.js';
import { RegistrationMailer } from './registration-mailer.js';
import { RegistrationResolver } from './registration.resolver.js';
import { RegistrationService } from './registration.service.js';
import { RegistrationSeedService } from './registration-seed.service.js';
import { RegisterForEvent } from './usecases/register-for-event/register-for-event.usecase.js';
import { RegistrationDataExport } from './registration-data-export.js';

/**
 * Owns `event_registration_settings` (capacity, closing time; copied into a next edition with
 * the timeline's events) and `event_registrations`.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([EventRegistrationSettingsEntity, EventRegistrationEntity]),
    AcademiesModule,
    TimelineModule,
    UsersModule,
    MailModule,
    AuditModule,
  ],
  providers: [
    RegistrationDataExport,
    RegistrationService,
    RegistrationResolver,
    RegistrationMailer,
    RegistrationSeedService,
    EventSeatQueue,
    RegistrationEventCancelled,
    RegisterForEvent,
    EventRegistrationOffers,
    RegistrationEditionCopier,
  ],
  exports: [RegistrationSeedService, EventRegistrationOffers],
})
export class RegistrationModule {}
