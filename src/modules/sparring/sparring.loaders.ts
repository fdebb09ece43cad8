import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { ProvidesLoaders } from '../../common/graphql/loader-registry.js';
import type { LoaderFactory, LoaderRequest, Loaders } from '../../common/graphql/loaders.js';
import { createAgreedActionsOfBookingLoader } from './loaders/agreed-actions-of-booking.loader.js';
import { createAppointmentSummaryLoader } from './loaders/appointment-summary.loader.js';
import { createReadsOrganisationOutcomesLoader } from './loaders/reads-organisation-outcomes.loader.js';
import type { AppointmentSummaryModel } from './models/sparring-outcome.model.js';
import {
  SparringOutcomeReadsService,
  type AgreedActionRow,
} from './sparring-outcome-reads.service.js';

declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    /** A booking's summary, by booking id. */
    appointmentSummary: DataLoader<string, AppointmentSummaryModel | null>;
    /** A booking's agreed actions, by booking id. */
    agreedActionsOfBooking: DataLoader<string, AgreedActionRow[]>;
    /** The caller is a member or team participant of the organisation, by `academyId:organisationId`. */
    readsOrganisationOutcomes: DataLoader<string, boolean>;
  }
}

@Injectable()
@ProvidesLoaders()
export class SparringLoaders implements LoaderFactory {
  constructor(private readonly reads: SparringOutcomeReadsService) {}

  create(
    request: LoaderRequest,
  ): Pick<Loaders, 'appointmentSummary' | 'agreedActionsOfBooking' | 'readsOrganisationOutcomes'> {
    return {
      appointmentSummary: createAppointmentSummaryLoader(this.reads),
      agreedActionsOfBooking: createAgreedActionsOfBookingLoader(this.reads),
      readsOrganisationOutcomes: createReadsOrganisationOutcomesLoader(this.reads, request),
    };
  }
}
