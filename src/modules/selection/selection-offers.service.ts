import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** An accepted application at the release, in the order its seat is numbered (1…n). */
export interface InitialOffer {
  applicationId: string;
}

/**
 * Offers of places: the accepted organisations' at the release, the reserves' after a
 * decline or a lapse. (Track D fills this in; the release, track C, calls
 * `openInitialOffers` inside its transaction.)
 */
@Injectable()
export class SelectionOffersService {
  /**
   * Opens one offer per accepted application (seats 1…n) answerable until `respondBy`, and
   * enqueues each offer's lapse job, all in the caller's (the release's) transaction.
   */
  openInitialOffers(
    manager: EntityManager,
    academyId: string,
    offers: readonly InitialOffer[],
    respondBy: Date,
  ): Promise<void> {
    void manager;
    void academyId;
    void offers;
    void respondBy;
    throw new Error('SelectionOffersService.openInitialOffers: track D implements this');
  }
}
