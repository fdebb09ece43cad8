import { isStaff, type Principal } from '../../common/auth/principal.js';
import { isPublishedAcademySql, joinAcademySql } from '../academies/academy.sql.js';
import { userInCohortSql, userIsAlumnusSql } from '../cohort/cohort.sql.js';
import { isMemberSql } from '../organisations/membership.sql.js';
import { EVENT_COLUMNS } from './event-rows.js';
import { EventAudience } from './timeline-event.enums.js';

// Who may see which timeline event, as SQL over `e` (timeline_events) and `a` (academies).
// The membership, cohort and published-academy rules come from their owners' fragments;
// audiences come from the enum, never as literals.

/** The user hosts the event `e` (its `id`). */
export const isEventHostSql = (userExpression: string): string =>
  `EXISTS (SELECT 1 FROM timeline_event_hosts h WHERE h.event_id = e.id AND h.user_id = CAST(${userExpression} AS uuid))`;

/**
 * The events a viewer (`viewerParameter`, null when anonymous) may see:
 *  - cohort-wide events of a published academy: everyone;
 *  - an organisation's own sessions: that organisation's members;
 *  - alumni events: the academy's alumni (`userIsAlumnusSql`: once the academy is ALUMNI,
 *    the cohort teams without those who left before), never the cohort before the end;
 *  - any event: its hosts; everything: admins and experts (handled in code).
 */
export function visibleEventCondition(viewerParameter: string): string {
  return `(
    (e.audience = '${EventAudience.COHORT}' AND ${isPublishedAcademySql('a')})
    OR (CAST(${viewerParameter} AS uuid) IS NOT NULL AND (
      (e.audience = '${EventAudience.ORGANISATION}' AND ${isMemberSql(viewerParameter, 'e.audience_organisation_id')})
      OR (e.audience = '${EventAudience.ALUMNI}' AND ${userIsAlumnusSql(viewerParameter, 'e.academy_id')})
      OR ${isEventHostSql(viewerParameter)}
    ))
  )`;
}

/** The condition for a viewer, or TRUE for staff who see every event. */
export function eventConditionFor(principal: Principal | null, viewerParameter: string): string {
  // Staff see everything; the parameter is still mentioned so its type is known.
  return isStaff(principal)
    ? `(CAST(${viewerParameter} AS uuid) IS NULL OR TRUE)`
    : visibleEventCondition(viewerParameter);
}

/**
 * What belongs in a person's own calendar (not everything they may see): the cohort-wide
 * events of academies whose cohort includes one of their organisations, the alumni events of
 * those that have ended (the person an alumnus), their
 * organisations' own sessions, and the events they host.
 */
export function personalFeedCondition(userExpression: string): string {
  return `(
    ${isPublishedAcademySql('a')} AND ${eventAudienceCondition(userExpression)}
    OR ${isEventHostSql(userExpression)}
  )`;
}

/**
 * The person is in the event's audience (its hosts are not, unless they also are): the
 * cohort of its academy for cohort-wide events, its alumni (once the academy is ALUMNI) for
 * alumni events, the organisation's members for
 * its own sessions. Read at the time of the statement, so someone who left the cohort or
 * the organisation is out at once (the feed and the event reminders use it).
 */
export function eventAudienceCondition(userExpression: string): string {
  return `(
      (e.audience = '${EventAudience.COHORT}' AND ${userInCohortSql(userExpression, 'e.academy_id')})
      OR (e.audience = '${EventAudience.ALUMNI}' AND ${userIsAlumnusSql(userExpression, 'e.academy_id')})
      OR (e.audience = '${EventAudience.ORGANISATION}' AND ${isMemberSql(userExpression, 'e.audience_organisation_id')})
    )`;
}

/**
 * The events of a person's own calendar as a sub-select (EventRow columns plus
 * `academy_slug` and `academy_time_zone`), for the calendar feed: it reads timeline events without naming the tables.
 */
export function personalEventsSql(userExpression: string): string {
  return `SELECT ${EVENT_COLUMNS}, a.slug AS academy_slug, a.time_zone AS academy_time_zone
    FROM timeline_events e ${joinAcademySql('a', 'e.academy_id')}
    WHERE ${personalFeedCondition(userExpression)}`;
}

/**
 * The user is in the event's audience (who may register for it, take part in it): the
 * cohort's participants for cohort-wide events, its alumni for alumni events, the organisation's members for
 * its own sessions. Staff and hosts are not an audience.
 */
export function inEventAudienceSql(userExpression: string): string {
  return `(
    (e.audience = '${EventAudience.COHORT}' AND ${userInCohortSql(userExpression, 'e.academy_id')})
    OR (e.audience = '${EventAudience.ALUMNI}' AND ${userIsAlumnusSql(userExpression, 'e.academy_id')})
    OR (e.audience = '${EventAudience.ORGANISATION}' AND ${isMemberSql(userExpression, 'e.audience_organisation_id')})
  )`;
}
