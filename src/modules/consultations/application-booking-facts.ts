import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ConsultationBookingPort } from '../applications/consultation-booking.port.js';
import { BookingStatus } from './consultation-booking.enums.js';
import { activeBookingOfApplicationSql } from './consultation-booking.sql.js';
import { ConsultationBookingEntity } from './entities/consultation-booking.entity.js';

/**
 * Answers applications' questions about bookings (completeness, the `complete:` filter)
 * through the port applications defines, since applications cannot import this module.
 */
@Injectable()
export class ApplicationBookingFacts implements OnModuleInit {
  constructor(
    private readonly port: ConsultationBookingPort,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.port.register({
      withActiveBooking: (applicationIds, manager) =>
        this.withActiveBooking(applicationIds, manager),
      activeBookingSql: activeBookingOfApplicationSql,
    });
  }

  private async withActiveBooking(
    applicationIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Set<string>> {
    const bookings = await (manager ?? this.dataSource.manager)
      .getRepository(ConsultationBookingEntity)
      .find({
        where: { applicationId: In([...applicationIds]), status: BookingStatus.ACTIVE },
        select: { applicationId: true },
      });
    return new Set(bookings.map((booking) => booking.applicationId));
  }
}
