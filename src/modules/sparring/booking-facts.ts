import type { EntityManager } from 'typeorm';
import { isAdmin, isStaff, type Principal } from '../../common/auth/principal.js';
import { BookingStatus } from '../consultations/consultation-booking.enums.js';
import {
  CONSULTATION_VIEW_SQL,
  consultationFromRow,
  type ConsultationView,
  type ViewRow,
} from '../consultations/consultation-view.js';

/** What the sparring rules need of a booking: the owner's view of it. */
export type BookingFacts = Pick<
  ConsultationView,
  | 'bookingId'
  | 'academyId'
  | 'academySlug'
  | 'academyTitle'
  | 'timeZone'
  | 'organisationId'
  | 'organisationName'
  | 'status'
  | 'startsAt'
  | 'expert'
>;

/**
 * The booking through the consultations feature's view (its one documented join), locked
 * against concurrent changes of the booking — a cancellation or a reschedule waits for this
 * transaction, and so does another outcome write of the same booking, which keeps the
 * per-booking action limit exact. Null when there is no such booking. `b` is the view's
 * stable alias for the booking.
 */
export async function lockBookingFacts(
  manager: EntityManager,
  bookingId: string,
): Promise<BookingFacts | null> {
  const rows = await manager.query<ViewRow[]>(
    `${CONSULTATION_VIEW_SQL} WHERE b.id = $1 FOR NO KEY UPDATE OF b`,
    [bookingId],
  );
  return rows[0] ? consultationFromRow(rows[0]) : null;
}

/** Admins, and the expert whose slot it is while they still hold a staff role. */
export const recordsOutcome = (
  principal: Principal | null,
  facts: Pick<BookingFacts, 'expert'>,
): boolean => isAdmin(principal) || (isStaff(principal) && facts.expert.id === principal?.user.id);

/** The session counts as held once it has started, while the booking is active. */
export const sessionHeld = (facts: Pick<BookingFacts, 'status' | 'startsAt'>, now: Date): boolean =>
  facts.status === BookingStatus.ACTIVE && facts.startsAt.getTime() <= now.getTime();
