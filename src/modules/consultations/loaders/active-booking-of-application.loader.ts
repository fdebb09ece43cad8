import DataLoader from 'dataloader';
import type { ConsultationBookingsService } from '../consultation-bookings.service.js';
import type { ConsultationBookingEntity } from '../entities/consultation-booking.entity.js';

/** The active booking of an application (at most one, by the unique index), by application id. */
export function createActiveBookingOfApplicationLoader(
  bookings: ConsultationBookingsService,
): DataLoader<string, ConsultationBookingEntity | null> {
  return new DataLoader(async (applicationIds) => {
    const active = await bookings.activeBookingsOfApplications(applicationIds);
    const byApplication = new Map(active.map((booking) => [booking.applicationId, booking]));
    return applicationIds.map((id) => byApplication.get(id) ?? null);
  });
}
