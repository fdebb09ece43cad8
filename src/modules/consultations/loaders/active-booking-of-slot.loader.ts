import DataLoader from 'dataloader';
import type { ConsultationBookingsService } from '../consultation-bookings.service.js';
import type { ConsultationBookingEntity } from '../entities/consultation-booking.entity.js';

/** The active booking of a slot (at most one, by the unique index), by slot id. */
export function createActiveBookingOfSlotLoader(
  bookings: ConsultationBookingsService,
): DataLoader<string, ConsultationBookingEntity | null> {
  return new DataLoader(async (slotIds) => {
    const active = await bookings.activeBookingsOfSlots(slotIds);
    const bySlot = new Map(active.map((booking) => [booking.slotId, booking]));
    return slotIds.map((id) => bySlot.get(id) ?? null);
  });
}
