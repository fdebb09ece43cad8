import { zoned } from '../../common/time/zoned-date-time.model.js';
import type { SelectionOfferEntity } from './entities/selection-offer.entity.js';
import type { SelectionOfferModel } from './models/selection-offer.model.js';

/** An offer as the API shows it, its deadline in the academy's zone. */
export const offerModel = (offer: SelectionOfferEntity, timeZone: string): SelectionOfferModel => ({
  id: offer.id,
  applicationId: offer.applicationId,
  status: offer.status,
  seatNo: offer.seatNo,
  respondBy: zoned(offer.respondBy, timeZone),
  fromReserve: offer.fromReserve,
  respondedAt: offer.respondedAt,
  declineReason: offer.declineReason,
});
