import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { JobQueue } from '../../database/job-queue.js';
import { AcademiesService } from '../academies/academies.service.js';
import { AuditService } from '../audit/audit.service.js';
import { SelectionOfferEntity } from './entities/selection-offer.entity.js';
import { offerAuditFields } from './offer-audit.js';
import { enqueueOfferLapse, OFFER_LAPSE_QUEUE, type OfferLapseJob } from './offer-lapse.job.js';
import { ReserveListService } from './reserve-list.service.js';
import { SelectionOfferMailer } from './selection-offer-mailer.js';
import { OfferStatus } from './selection.enums.js';

export { OFFER_LAPSE_QUEUE, type OfferLapseJob } from './offer-lapse.job.js';

/** An accepted application at the release, in the order its seat is numbered (1…n). */
export interface InitialOffer {
  applicationId: string;
}

/**
 * Offers of places: the accepted organisations' at the release, and the lapse of an offer
 * not answered in time (the reserve list then offers its seat on).
 */
@Injectable()
export class SelectionOffersService implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly transactions: ContendedTransactions,
    private readonly academies: AcademiesService,
    private readonly audit: AuditService,
    private readonly reserveList: ReserveListService,
    private readonly mailer: SelectionOfferMailer,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.handle<OfferLapseJob>(OFFER_LAPSE_QUEUE, (job) => this.lapse(job.data.offerId));
  }

  /**
   * Lapses an offer still open past its deadline and offers its seat to the next reserve.
   * Idempotent: the guard `status = OPEN AND respond_by <= now` updates the offer once; a
   * second run (retry, another instance) finds it lapsed, or answered, and does nothing.
   */
  async lapse(offerId: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      const found = await manager
        .getRepository(SelectionOfferEntity)
        .findOne({ where: { id: offerId }, select: { id: true, academyId: true } });
      if (!found) return;
      // The same lock as a decline: the freed seat is handed on one promotion at a time.
      const academy = await this.academies.lock(manager, found.academyId, 'update');
      const now = this.clock.now();
      const [, lapsed] = await manager.query<[unknown[], number]>(
        `UPDATE selection_offers SET status = $2, updated_at = now()
         WHERE id = $1 AND status = $3 AND respond_by <= $4`,
        [offerId, OfferStatus.LAPSED, OfferStatus.OPEN, now],
      );
      const offer = await manager
        .getRepository(SelectionOfferEntity)
        .findOneByOrFail({ id: offerId });
      if (lapsed === 0) {
        // Due by the queue's clock but not yet by ours (clock skew): fail, so the job is
        // retried later instead of completing with the offer still open.
        if (offer.status === OfferStatus.OPEN)
          throw new Error(`Offer ${offerId} is not due until ${offer.respondBy.toISOString()}`);
        return;
      }
      await this.audit.record(manager, {
        actorId: null,
        action: 'selection_offer.lapsed',
        entityType: 'selection_offer',
        entityId: offer.id,
        before: { ...offerAuditFields(offer), status: OfferStatus.OPEN },
        after: offerAuditFields(offer),
      });
      await this.mailer.lapsed(manager, offer, academy);
      await this.reserveList.offerFreedSeat(manager, academy, offer.seatNo, null);
      await this.reserveList.settleIfDone(manager, academy.id);
    });
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
      row.lapseJobId = await enqueueOfferLapse(this.jobs, manager, row);
      await repository.update({ id: row.id }, { lapseJobId: row.lapseJobId });
      await this.audit.record(manager, {
        actorId: null,
        action: 'selection_offer.opened',
        entityType: 'selection_offer',
        entityId: row.id,
        after: offerAuditFields(row),
      });
    }
  }
}
