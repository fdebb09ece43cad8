import { applicationsOfUserSql } from '../applications/application.sql.js';
import { hostsConsultationsSql } from '../users/user.sql.js';
import { BookingStatus } from './consultation-booking.enums.js';

// Predicates over consultation bookings, written once for the read paths that need them
// (applications' completeness filter, `myConsultations`, the calendar feed). Arguments are
// SQL expressions (a column or a parameter such as `$1`); statuses come from the enum.

/** The application has an active consultation booking. */
export function activeBookingOfApplicationSql(applicationExpression: string): string {
  return `EXISTS (SELECT 1 FROM consultation_bookings cb
    WHERE cb.application_id = ${applicationExpression} AND cb.status = '${BookingStatus.ACTIVE}')`;
}

/**
 * Over `b` (a booking) and `s` (its slot): an active consultation of one of the user's
 * organisations, or on the user's own slot while they still hold a role that hosts
 * consultations (a former expert's slots leave at once) — what `myConsultations` and the
 * calendar feed show. The one definition of a "personal consultation".
 */
export function isPersonalConsultationSql(userExpression: string): string {
  return `b.status = '${BookingStatus.ACTIVE}' AND ((s.expert_id = CAST(${userExpression} AS uuid)
      AND ${hostsConsultationsSql(userExpression)})
    OR b.application_id IN ${applicationsOfUserSql(userExpression)})`;
}

/**
 * A person's consultations (`isPersonalConsultationSql`) as a lean sub-select over bookings
 * and slots only: `booking_id`, `sequence`, `updated_at`, the columns a fingerprint needs.
 * For the calendar's feed version (the 304 path); the feed body reads the same set through
 * the consultation view (`personalConsultationViewSql`).
 */
export function personalConsultationVersionsSql(userExpression: string): string {
  return `SELECT b.id AS booking_id, b.sequence, b.updated_at
    FROM consultation_bookings b JOIN consultation_slots s ON s.id = b.slot_id
    WHERE ${isPersonalConsultationSql(userExpression)}`;
}
