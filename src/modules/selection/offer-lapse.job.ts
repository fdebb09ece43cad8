import type { EntityManager } from 'typeorm';
import type { JobQueue } from '../../database/job-queue.js';

/** The queue whose job lapses an offer not answered by its deadline. */
export const OFFER_LAPSE_QUEUE = 'selection-offer-lapse';

export interface OfferLapseJob {
  offerId: string;
}

/**
 * Enqueues the offer's lapse job, due at its deadline, in the caller's transaction (the
 * offer and its job exist together). Keyed by the offer: one waiting job per offer.
 */
export function enqueueOfferLapse(
  jobs: JobQueue,
  manager: EntityManager,
  offer: { id: string; respondBy: Date },
): Promise<string | null> {
  return jobs.enqueue<OfferLapseJob>(
    manager,
    OFFER_LAPSE_QUEUE,
    { offerId: offer.id },
    { startAfter: offer.respondBy, singletonKey: offer.id },
  );
}
