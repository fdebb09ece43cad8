import DataLoader from 'dataloader';
import type { AppointmentSummaryModel } from '../models/sparring-outcome.model.js';
import type { SparringOutcomeReadsService } from '../sparring-outcome-reads.service.js';

/** A booking's summary (or null), by booking id. */
export function createAppointmentSummaryLoader(
  reads: SparringOutcomeReadsService,
): DataLoader<string, AppointmentSummaryModel | null> {
  return new DataLoader(async (bookingIds) => {
    const byId = new Map(
      (await reads.summariesOf(bookingIds)).map((summary) => [summary.bookingId, summary]),
    );
    return bookingIds.map((id) => byId.get(id) ?? null);
  });
}
