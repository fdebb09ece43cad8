import {
  applicationsOfCohortTeamUserSql,
  applicationsOfOrganisationSql,
  applicationsOfUserSql,
} from '../applications/application.sql.js';
import { RoundAudience, RoundPurpose } from './appointment-round.enums.js';
import { hostsConsultationsSql } from '../users/user.sql.js';
import { BookingStatus } from './consultation-booking.enums.js';

// Predicates over consultation bookings, written once for the read paths that need them
// (applications' completeness filter, `myConsultations`, the calendar feed). Arguments are
// SQL expressions (a column or a parameter such as `$1`); statuses come from the enum.

/** The application has an active consultation (a booking in a CONSULTATION round). */
export function activeBookingOfApplicationSql(applicationExpression: string): string {
  return `EXISTS (SELECT 1 FROM consultation_bookings cb JOIN appointment_rounds cr ON cr.id = cb.round_id
    WHERE cb.application_id = ${applicationExpression} AND cb.status = '${BookingStatus.ACTIVE}'
      AND cr.purpose = '${RoundPurpose.CONSULTATION}')`;
}

/**
 * Over `b` (a booking) and `s` (its slot): an active appointment of one of the user's
 * organisations, or on the user's own slot while they still hold a role that hosts
 * consultations (a former expert's slots leave at once), or — in a cohort or alumni round —
 * of an organisation on whose cohort team the user is (and has not left): what
 * `myConsultations` and the calendar feed show. The one definition of a "personal
 * consultation".
 */
export function isPersonalConsultationSql(userExpression: string): string {
  return `b.status = '${BookingStatus.ACTIVE}' AND ((s.expert_id = CAST(${userExpression} AS uuid)
      AND ${hostsConsultationsSql(userExpression)})
    OR b.application_id IN ${applicationsOfUserSql(userExpression)}
    OR (b.application_id IN ${applicationsOfCohortTeamUserSql(userExpression)}
      AND EXISTS (SELECT 1 FROM appointment_rounds pr
        WHERE pr.id = b.round_id AND pr.audience <> '${RoundAudience.APPLICANTS}')))`;
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

/** Ids of the bookings (any status, any round) of the organisation's applications, as a sub-select. */
export function bookingsOfOrganisationSql(organisationExpression: string): string {
  return `(SELECT ob.id FROM consultation_bookings ob
    WHERE ob.application_id IN ${applicationsOfOrganisationSql(organisationExpression)})`;
}

/** Ids of the bookings the user made (any status), as a sub-select. */
export function bookingsMadeBySql(userExpression: string): string {
  return `(SELECT mb.id FROM consultation_bookings mb WHERE mb.booked_by_id = CAST(${userExpression} AS uuid))`;
}
