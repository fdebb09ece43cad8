import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ConsultationBookingPort } from '../applications/consultation-booking.port.js';
import { ConsultationBookingsService } from './consultation-bookings.service.js';
import { activeBookingOfApplicationSql } from './consultation-booking.sql.js';

/**
 * Answers applications' questions about bookings (completeness, the `complete:` filter)
 * through the port applications defines, since applications cannot import this module.
 */
@Injectable()
export class ApplicationBookingFacts implements OnModuleInit {
  constructor(
    private readonly port: ConsultationBookingPort,
    private readonly bookings: ConsultationBookingsService,
  ) {}

  onModuleInit(): void {
    this.port.register({
      withActiveBooking: async (applicationIds, manager) =>
        new Set(
          (await this.bookings.activeBookingsOfApplications(applicationIds, manager)).map(
            (booking) => booking.applicationId,
          ),
        ),
      activeBookingSql: activeBookingOfApplicationSql,
    });
  }
}
