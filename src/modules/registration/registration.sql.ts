import { RegistrationStatus } from './registration.enums.js';

// Registration's rules as SQL fragments for the hot read paths of other features (the
// personal calendar feed): they name this module's tables so the readers need not.

/** The event (`eventIdExpression`) takes registrations: it has a capacity and a closing time. */
export function takesRegistrationSql(eventIdExpression: string): string {
  return `EXISTS (SELECT 1 FROM event_registration_settings rs WHERE rs.event_id = ${eventIdExpression})`;
}

/**
 * The person's live (registered or waitlisted) registration for the event, as a sub-select
 * of at most one row: `status`, `updated_at` (for a version fingerprint). Uses
 * `uq_event_registrations_live_user`.
 */
export function liveRegistrationSql(eventIdExpression: string, userExpression: string): string {
  return `SELECT r.status, r.updated_at FROM event_registrations r
    WHERE r.event_id = ${eventIdExpression} AND r.user_id = CAST(${userExpression} AS uuid)
      AND r.status <> '${RegistrationStatus.CANCELLED}'`;
}
