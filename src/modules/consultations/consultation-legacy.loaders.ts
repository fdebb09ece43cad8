import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In, DataSource } from 'typeorm';
import { ProvidesLoaders } from '../../common/graphql/loader-registry.js';
import type { LoaderFactory } from '../../common/graphql/loaders.js';
import {
  CONSULTATION_VIEW_SQL,
  consultationFromRow,
  type ConsultationView,
  type ViewRow,
} from './consultation-view.js';
import { ConsultationBookingEntity } from './entities/consultation-booking.entity.js';
import { BookingStatus } from './consultation-booking.enums.js';

// TEMPORARY (issue 10, track C): the consultation loaders that lived in
// common/graphql/loaders.ts, moved out of the plumbing unchanged and registered from
// AppModule. Track B's consultations loaders replace this file at merge (the registry refuses
// to start while two factories create the same loader name).

export interface ConsultationDetails extends ConsultationView {
  /** The expert's notes: resolvers give them to experts and admins only. */
  notes: string | null;
  bookedBy: { id: string; name: string | null; email: string };
}

declare module '../../common/graphql/loaders.js' {
  interface Loaders {
    /** A booking's slot, academy, organisation, expert and booker, by booking id. */
    consultationDetails: DataLoader<string, ConsultationDetails | null>;
    /** The active booking of an application, by application id. */
    activeBookingOfApplication: DataLoader<string, ConsultationBookingEntity | null>;
    /** The active booking of a slot, by slot id. */
    activeBookingOfSlot: DataLoader<string, ConsultationBookingEntity | null>;
  }
}

@Injectable()
@ProvidesLoaders()
export class ConsultationLegacyLoaders implements LoaderFactory {
  constructor(private readonly dataSource: DataSource) {}

  create() {
    return {
      consultationDetails: new DataLoader<string, ConsultationDetails | null>(
        async (bookingIds) => {
          const rows = await this.dataSource.query<
            Array<
              ViewRow & {
                booked_by_name: string | null;
                booked_by_email: string;
                notes: string | null;
              }
            >
          >(
            `SELECT q.*, bu.name AS booked_by_name, bu.email AS booked_by_email, nb.notes
         FROM (${CONSULTATION_VIEW_SQL} WHERE b.id = ANY($1::uuid[])) q
         JOIN users bu ON bu.id = q.booked_by_id
         JOIN consultation_bookings nb ON nb.id = q.booking_id`,
            [bookingIds],
          );
          const byId = new Map(
            rows.map((row) => [
              row.booking_id,
              {
                ...consultationFromRow(row),
                notes: row.notes,
                bookedBy: {
                  id: row.booked_by_id,
                  name: row.booked_by_name,
                  email: row.booked_by_email,
                },
              },
            ]),
          );
          return bookingIds.map((id) => byId.get(id) ?? null);
        },
      ),
      activeBookingOfApplication: this.activeBookingsBy('applicationId'),
      activeBookingOfSlot: this.activeBookingsBy('slotId'),
    };
  }

  /** Active bookings keyed by one of their columns (at most one each, by the unique indexes). */
  private activeBookingsBy(
    key: 'applicationId' | 'slotId',
  ): DataLoader<string, ConsultationBookingEntity | null> {
    return new DataLoader(async (ids) => {
      const bookings = await this.dataSource
        .getRepository(ConsultationBookingEntity)
        .findBy({ [key]: In([...ids]), status: BookingStatus.ACTIVE });
      const byKey = new Map(bookings.map((booking) => [booking[key], booking]));
      return ids.map((id) => byKey.get(id) ?? null);
    });
  }
}
