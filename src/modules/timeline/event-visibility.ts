import { isStaff, type Principal } from '../../common/auth/principal.js';
import { AcademyStatus } from '../academies/academy.enums.js';

/**
 * Who may see which timeline event, as one SQL condition over `e` (timeline_events) and
 * `a` (academies), with the viewer's user id as `$viewer` (null when anonymous):
 *  - cohort-wide events of a published academy: everyone;
 *  - an organisation's own sessions: that organisation's members;
 *  - alumni events: members of organisations in that academy's cohort;
 *  - any event: its hosts; everything: admins and experts (handled in code).
 */
export function visibleEventCondition(viewerParameter: string): string {
  return `(
    (e.audience = 'COHORT' AND a.status NOT IN ('${AcademyStatus.DRAFT}', '${AcademyStatus.ARCHIVED}'))
    OR (CAST(${viewerParameter} AS uuid) IS NOT NULL AND (
      (e.audience = 'ORGANISATION' AND EXISTS (
        SELECT 1 FROM memberships m WHERE m.organisation_id = e.audience_organisation_id AND m.user_id = CAST(${viewerParameter} AS uuid)))
      OR (e.audience = 'ALUMNI' AND EXISTS (
        SELECT 1 FROM cohort_members c JOIN memberships m ON m.organisation_id = c.organisation_id
        WHERE c.academy_id = e.academy_id AND m.user_id = CAST(${viewerParameter} AS uuid)))
      OR EXISTS (SELECT 1 FROM timeline_event_hosts h WHERE h.event_id = e.id AND h.user_id = CAST(${viewerParameter} AS uuid))
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
 * and alumni events of academies whose cohort includes one of their organisations, their
 * organisations' own sessions, and the events they host.
 */
export function personalFeedCondition(userParameter: string): string {
  return `(
    a.status NOT IN ('${AcademyStatus.DRAFT}', '${AcademyStatus.ARCHIVED}') AND (
      (e.audience IN ('COHORT', 'ALUMNI') AND EXISTS (
        SELECT 1 FROM cohort_members c JOIN memberships m ON m.organisation_id = c.organisation_id
        WHERE c.academy_id = e.academy_id AND m.user_id = CAST(${userParameter} AS uuid)))
      OR (e.audience = 'ORGANISATION' AND EXISTS (
        SELECT 1 FROM memberships m WHERE m.organisation_id = e.audience_organisation_id AND m.user_id = CAST(${userParameter} AS uuid)))
    )
    OR EXISTS (SELECT 1 FROM timeline_event_hosts h WHERE h.event_id = e.id AND h.user_id = CAST(${userParameter} AS uuid))
  )`;
}
