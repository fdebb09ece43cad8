import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobQueue } from '../../database/job-queue.js';
import { SelectionOfferEntity } from './entities/selection-offer.entity.js';
import { OfferStatus } from './selection.enums.js';

/** The queue whose job lapses an offer not answered by its deadline. */
export const OFFER_LAPSE_QUEUE = 'selection-offer-lapse';

export interface OfferLapseJob {
  offerId: string;
}

/** An accepted application at the release, in the order its seat is numbered (1…n). */
export interface InitialOffer {
  applicationId: string;
}

/**
 * Offers of places: the accepted organisations' at the release, the reserves' after a
 * decline or a lapse.
 */
@Injectable()
export class SelectionOffersService implements OnModuleInit {
  constructor(private readonly jobs: JobQueue) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.handle<OfferLapseJob>(OFFER_LAPSE_QUEUE, (job) => this.lapse(job.data.offerId));
  }

  /** Lapses an offer still open past its deadline and offers its seat to the next reserve. */
  lapse(offerId: string): Promise<void> {
    // Track D: the lapse and the promotion of the next reserve.
    return Promise.reject(new Error(`Lapsing offers is not built yet (offer ${offerId})`));
  }

  /**
   * Opens one offer per accepted application (seats 1…n) answerable until `respondBy`, and
   * enqueues each offer's lapse job, all in the caller's (the release's) transaction.
   */
  async openInitialOffers(
    manager: EntityManager,
    academyId: string,
    offers: readonly InitialOffer[],
    respondBy: Date,
  ): Promise<void> {
    if (offers.length === 0) return;
    const repository = manager.getRepository(SelectionOfferEntity);
    const rows = await repository.save(
      offers.map((offer, index) =>
        repository.create({
          academyId,
          applicationId: offer.applicationId,
          seatNo: index + 1,
          status: OfferStatus.OPEN,
          fromReserve: false,
          respondBy,
        }),
      ),
    );
    for (const row of rows) {
      const jobId = await this.jobs.enqueue<OfferLapseJob>(
        manager,
        OFFER_LAPSE_QUEUE,
        { offerId: row.id },
        { startAfter: respondBy, singletonKey: row.id },
      );
      await repository.update({ id: row.id }, { lapseJobId: jobId });
    }
  }
}
