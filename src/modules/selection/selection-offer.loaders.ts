import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { ProvidesLoaders } from '../../common/graphql/loader-registry.js';
import type { LoaderFactory, Loaders } from '../../common/graphql/loaders.js';
import { AcademiesService } from '../academies/academies.service.js';
import {
  createReservePositionOfApplicationLoader,
  createSelectionOfferOfApplicationLoader,
} from './loaders/selection-offer-of-application.loader.js';
import type { SelectionOfferModel } from './models/selection-offer.model.js';
import { ReserveListService } from './reserve-list.service.js';

// The selection feature's per-request loaders on the GraphQL context's `loaders`.
declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    /** The offer of a place to an application, by application id. */
    selectionOfferOfApplication: DataLoader<string, SelectionOfferModel | null>;
    /** A released reserve's queue position, by application id. */
    reservePositionOfApplication: DataLoader<string, number | null>;
  }
}

@Injectable()
@ProvidesLoaders()
export class SelectionOfferLoaders implements LoaderFactory {
  constructor(
    private readonly reserveList: ReserveListService,
    private readonly academies: AcademiesService,
  ) {}

  create(): Pick<Loaders, 'selectionOfferOfApplication' | 'reservePositionOfApplication'> {
    return {
      selectionOfferOfApplication: createSelectionOfferOfApplicationLoader(
        this.reserveList,
        this.academies,
      ),
      reservePositionOfApplication: createReservePositionOfApplicationLoader(this.reserveList),
    };
  }
}
