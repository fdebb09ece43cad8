import DataLoader from 'dataloader';
import type {
  AgreedActionRow,
  SparringOutcomeReadsService,
} from '../sparring-outcome-reads.service.js';

/** A booking's agreed actions by due date, by booking id. */
export function createAgreedActionsOfBookingLoader(
  reads: SparringOutcomeReadsService,
): DataLoader<string, AgreedActionRow[]> {
  return new DataLoader(async (bookingIds) => {
    const rows = await reads.actionsOfBookings(bookingIds);
    return bookingIds.map((id) => rows.filter((row) => row.bookingId === id));
  });
}
