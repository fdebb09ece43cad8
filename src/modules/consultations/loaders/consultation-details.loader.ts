import DataLoader from 'dataloader';
import type { ConsultationBookingsService } from '../consultation-bookings.service.js';
import type { ConsultationDetails } from '../consultation-view.js';

/** A booking's slot, academy, organisation, expert, booker and notes, by booking id. */
export function createConsultationDetailsLoader(
  bookings: ConsultationBookingsService,
): DataLoader<string, ConsultationDetails | null> {
  return new DataLoader(async (bookingIds) => {
    const details = await bookings.detailsOf(bookingIds);
    const byId = new Map(details.map((detail) => [detail.bookingId, detail]));
    return bookingIds.map((id) => byId.get(id) ?? null);
  });
}
