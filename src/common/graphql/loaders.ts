import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import {
  CONSULTATION_VIEW_SQL,
  consultationFromRow,
  type ConsultationView,
  type ViewRow,
} from '../../modules/consultations/consultation-view.js';
import { ConsultationBookingEntity } from '../../modules/consultations/entities/consultation-booking.entity.js';
import { BookingStatus } from '../../modules/consultations/consultation-booking.enums.js';

export interface HostSummary {
  id: string;
  name: string | null;
}

/**
 * Per-request batch loaders: a field that crosses to another table asks here, and all the
 * asks of one request become one query. Created fresh for every request (no cache leaks
 * between callers).
 */
export interface ConsultationDetails extends ConsultationView {
  /** The expert's notes: resolvers give them to experts and admins only. */
  notes: string | null;
  bookedBy: { id: string; name: string | null; email: string };
}

export interface Loaders {
  eventHosts: DataLoader<string, HostSummary[]>;
  /** A booking's slot, academy, organisation, expert and booker, by booking id. */
  consultationDetails: DataLoader<string, ConsultationDetails | null>;
  /** Name and e-mail of a user, by id. */
  people: DataLoader<string, { id: string; name: string | null; email: string } | null>;
  /** The active booking of an application, by application id. */
  activeBookingOfApplication: DataLoader<string, ConsultationBookingEntity | null>;
  /** The active booking of a slot, by slot id. */
  activeBookingOfSlot: DataLoader<string, ConsultationBookingEntity | null>;
}

export function createLoaders(dataSource: DataSource): Loaders {
  return {
    eventHosts: new DataLoader(async (eventIds) => {
      const rows = await dataSource.query<
        Array<{ event_id: string; id: string; name: string | null }>
      >(
        `SELECT h.event_id, u.id, u.name FROM timeline_event_hosts h JOIN users u ON u.id = h.user_id
         WHERE h.event_id = ANY($1::uuid[]) ORDER BY u.name`,
        [eventIds],
      );
      const byEvent = new Map<string, HostSummary[]>();
      for (const row of rows) {
        const list = byEvent.get(row.event_id) ?? [];
        list.push({ id: row.id, name: row.name });
        byEvent.set(row.event_id, list);
      }
      return eventIds.map((id) => byEvent.get(id) ?? []);
    }),
    consultationDetails: new DataLoader(async (bookingIds) => {
      const rows = await dataSource.query<
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
    }),
    people: new DataLoader(async (userIds) => {
      const rows = await dataSource.query<
        Array<{ id: string; name: string | null; email: string }>
      >('SELECT id, name, email FROM users WHERE id = ANY($1::uuid[])', [userIds]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return userIds.map((id) => byId.get(id) ?? null);
    }),
    activeBookingOfApplication: activeBookingsBy(dataSource, 'applicationId'),
    activeBookingOfSlot: activeBookingsBy(dataSource, 'slotId'),
  };
}

/** Active bookings keyed by one of their columns (at most one each, by the unique indexes). */
function activeBookingsBy(
  dataSource: DataSource,
  key: 'applicationId' | 'slotId',
): DataLoader<string, ConsultationBookingEntity | null> {
  return new DataLoader(async (ids) => {
    const bookings = await dataSource
      .getRepository(ConsultationBookingEntity)
      .findBy({ [key]: In([...ids]), status: BookingStatus.ACTIVE });
    const byKey = new Map(bookings.map((booking) => [booking[key], booking]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}
