import { Module } from '@nestjs/common';
import { ConsultationSeedService } from './consultation-seed.service.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AcademiesModule } from '../academies/academies.module.js';
import { ApplicationsModule } from '../applications/applications.module.js';
import { ApplicationBookingFacts } from './application-booking-facts.js';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { UsersModule } from '../users/users.module.js';
import { ApplicationConsultationResolver } from './application-consultation.resolver.js';
import { ConsultationBookingFieldsResolver } from './consultation-booking-fields.resolver.js';
import { ConsultationBookingsResolver } from './consultation-bookings.resolver.js';
import { ConsultationBookingsService } from './consultation-bookings.service.js';
import { ConsultationDeadlinesService } from './consultation-deadlines.service.js';
import { ConsultationMailer } from './consultation-mailer.js';
import { ConsultationSlotFieldsResolver } from './consultation-slot-fields.resolver.js';
import { ConsultationSlotsResolver } from './consultation-slots.resolver.js';
import { ConsultationSlotsService } from './consultation-slots.service.js';
import { ConsultationNoteReadersPort } from './consultation-note-readers.port.js';
import { ConsultationLoaders } from './consultations.loaders.js';
import { ConsultationBookingEntity } from './entities/consultation-booking.entity.js';
import { ConsultationSlotEntity } from './entities/consultation-slot.entity.js';
import { BookAppointmentUseCase } from './usecases/book-appointment/book-appointment.usecase.js';
import { AppointmentRoundEntity } from './entities/appointment-round.entity.js';
import { AppointmentRoundsService } from './appointment-rounds.service.js';
import { AppointmentRoundQueriesService } from './appointment-round-queries.service.js';
import { AppointmentRoundsResolver } from './appointment-rounds.resolver.js';
import { RescheduleConsultationUseCase } from './usecases/reschedule-consultation/reschedule-consultation.usecase.js';

import { AppointmentRoundsEditionCopier } from './appointment-rounds-edition-copier.js';
import { ConsultationsDataExport } from './consultations-data-export.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      AppointmentRoundEntity,
      ConsultationSlotEntity,
      ConsultationBookingEntity,
    ]),
    AuditModule,
    MailModule,
    AcademiesModule,
    OrganisationsModule,
    ApplicationsModule,
    UsersModule,
  ],
  providers: [
    ConsultationsDataExport,
    ConsultationSeedService,
    ConsultationSlotsService,
    ConsultationBookingsService,
    ConsultationDeadlinesService,
    ConsultationMailer,
    AppointmentRoundsService,
    AppointmentRoundQueriesService,
    AppointmentRoundsResolver,
    BookAppointmentUseCase,
    RescheduleConsultationUseCase,
    ConsultationLoaders,
    ConsultationSlotsResolver,
    ConsultationSlotFieldsResolver,
    ConsultationBookingsResolver,
    ConsultationBookingFieldsResolver,
    ApplicationConsultationResolver,
    ApplicationBookingFacts,
    ConsultationNoteReadersPort,
    AppointmentRoundsEditionCopier,
  ],
  exports: [
    ConsultationSeedService,
    ConsultationBookingsService,
    ConsultationLoaders,
    ConsultationNoteReadersPort,
  ],
})
export class ConsultationsModule {}
