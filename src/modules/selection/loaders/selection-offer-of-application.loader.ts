import DataLoader from 'dataloader';
import type { AcademiesService } from '../../academies/academies.service.js';
import type { SelectionOfferModel } from '../models/selection-offer.model.js';
import { offerModel } from '../offer-view.js';
import type { ReserveListService } from '../reserve-list.service.js';

/** The offer of an application (at most one ever), its deadline in the academy's zone. */
export function createSelectionOfferOfApplicationLoader(
  reserveList: ReserveListService,
  academies: AcademiesService,
): DataLoader<string, SelectionOfferModel | null> {
  return new DataLoader(async (applicationIds) => {
    const offers = await reserveList.offersOf(applicationIds);
    const academyIds = [...new Set([...offers.values()].map((offer) => offer.academyId))];
    const zones = new Map(
      (await academies.findByIds(academyIds)).map((academy) => [academy.id, academy.timeZone]),
    );
    return applicationIds.map((id) => {
      const offer = offers.get(id);
      return offer ? offerModel(offer, zones.get(offer.academyId) ?? 'Europe/Helsinki') : null;
    });
  });
}

/** A released reserve's place in the queue among those not offered a place yet. */
export function createReservePositionOfApplicationLoader(
  reserveList: ReserveListService,
): DataLoader<string, number | null> {
  return new DataLoader(async (applicationIds) => {
    const positions = await reserveList.positions(applicationIds);
    return applicationIds.map((id) => positions.get(id) ?? null);
  });
}
