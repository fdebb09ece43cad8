import type { SelectionOfferEntity } from './entities/selection-offer.entity.js';

/** The offer's fields every audit entry of the reserve list records (before / after). */
export const offerAuditFields = (offer: SelectionOfferEntity): Record<string, unknown> => ({
  academyId: offer.academyId,
  applicationId: offer.applicationId,
  seatNo: offer.seatNo,
  status: offer.status,
  fromReserve: offer.fromReserve,
  respondBy: offer.respondBy.toISOString(),
  respondedAt: offer.respondedAt?.toISOString() ?? null,
  declineReason: offer.declineReason,
});
