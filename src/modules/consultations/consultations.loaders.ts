import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ProvidesLoaders } from '../../common/graphql/loader-registry.js';
import type { LoaderFactory, LoaderRequest, Loaders } from '../../common/graphql/loaders.js';
import { ConsultationNoteReadersPort } from './consultation-note-readers.port.js';
import { ConsultationBookingsService } from './consultation-bookings.service.js';
import type { ConsultationDetails } from './consultation-view.js';
import type { ConsultationBookingEntity } from './entities/consultation-booking.entity.js';
import { createActiveBookingOfApplicationLoader } from './loaders/active-booking-of-application.loader.js';
import { createActiveBookingOfSlotLoader } from './loaders/active-booking-of-slot.loader.js';
import { createConsultationDetailsLoader } from './loaders/consultation-details.loader.js';

// The consultations feature's per-request loaders, declared on the GraphQL context's
// `loaders` (common/ declares only its own).
declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    /** A booking's slot, academy, organisation, expert, booker and notes, by booking id. */
    consultationDetails: DataLoader<string, ConsultationDetails | null>;
    /** The active booking of an application, by application id. */
    activeBookingOfApplication: DataLoader<string, ConsultationBookingEntity | null>;
    /** The active booking of a slot, by slot id. */
    activeBookingOfSlot: DataLoader<string, ConsultationBookingEntity | null>;
    /** Whether the caller is assigned to review the application (its notes), by application id. */
    reviewsApplication: DataLoader<string, boolean>;
  }
}

export type ConsultationLoaderSet = Pick<
  Loaders,
  | 'consultationDetails'
  | 'activeBookingOfApplication'
  | 'activeBookingOfSlot'
  | 'reviewsApplication'
>;

@Injectable()
@ProvidesLoaders()
export class ConsultationLoaders implements LoaderFactory {
  constructor(
    private readonly bookings: ConsultationBookingsService,
    private readonly noteReaders: ConsultationNoteReadersPort,
  ) {}

  create(request: LoaderRequest): ConsultationLoaderSet {
    return {
      consultationDetails: createConsultationDetailsLoader(this.bookings),
      activeBookingOfApplication: createActiveBookingOfApplicationLoader(this.bookings),
      activeBookingOfSlot: createActiveBookingOfSlotLoader(this.bookings),
      reviewsApplication: new DataLoader(async (applicationIds) => {
        const userId = request.principal()?.user.id;
        const assigned = userId
          ? await this.noteReaders.assignedAmong(userId, applicationIds)
          : new Set<string>();
        return applicationIds.map((id) => assigned.has(id));
      }),
    };
  }
}
