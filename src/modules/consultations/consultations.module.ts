import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { ApplicationBookingFacts } from './application-booking-facts.js';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import {
  ApplicationConsultationResolver,
  ConsultationBookingsResolver,
  ConsultationsResolver,
} from './consultations.resolver.js';
import { ConsultationsService } from './consultations.service.js';
import { ConsultationMailer } from './consultation-mailer.js';

@Module({
  imports: [AuditModule, OrganisationsModule, ApplicationsModule, MailModule],
  providers: [
    ConsultationsService,
    ConsultationMailer,
    ConsultationsResolver,
    ConsultationBookingsResolver,
    ApplicationConsultationResolver,
    ApplicationBookingFacts,
  ],
  exports: [ConsultationsService],
})
export class ConsultationsModule {}
