import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ConsultationBookingsResolver, ConsultationsResolver } from './consultations.resolver.js';
import { ConsultationsService } from './consultations.service.js';

@Module({
  imports: [AuditModule, OrganisationsModule, ApplicationsModule],
  providers: [ConsultationsService, ConsultationsResolver, ConsultationBookingsResolver],
  exports: [ConsultationsService],
})
export class ConsultationsModule {}
