import { AcademyStatus } from '../academies/academy.enums.js';
import { academyInStatusSql, isAlumniAcademySql } from '../academies/academy.sql.js';
import { isMemberSql } from '../organisations/membership.sql.js';
import { userEmailSql } from '../users/user.sql.js';

// The cohort's predicates, written once for the hot read paths (feeds, visibility) of
// other features. Arguments are SQL expressions (a column or a parameter such as `$1`).

/**
 * The user takes part in the academy's cohort (a participant, later an alumnus) through one
 * of its organisations when either
 * - they are on the organisation's named team (a `cohort_participants` row with the e-mail
 *   address their account signs in with, not left), so a team member who signs up later is
 *   in at once; or
 * - they are a member of the organisation and have not been removed from its team (no
 *   left row with their address): members follow the cohort through their membership.
 * Removing someone from the team therefore ends both ways in at once, for the feed, the
 * event pages and every mail that asks this rule.
 */
export function userInCohortSql(userExpression: string, academyExpression: string): string {
  const email = userEmailSql(userExpression);
  return `EXISTS (SELECT 1 FROM cohort_members c
    WHERE c.academy_id = ${academyExpression} AND (
      EXISTS (SELECT 1 FROM cohort_participants cp
        WHERE cp.academy_id = c.academy_id AND cp.organisation_id = c.organisation_id
          AND cp.email = ${email} AND cp.left_at IS NULL)
      OR (${isMemberSql(userExpression, 'c.organisation_id')}
        AND NOT EXISTS (SELECT 1 FROM cohort_participants gone
          WHERE gone.academy_id = c.academy_id AND gone.organisation_id = c.organisation_id
            AND gone.email = ${email} AND gone.left_at IS NOT NULL))))`;
}

/** The organisation is in the academy's cohort (selected and confirmed). */
export function isCohortMemberSql(
  academyExpression: string,
  organisationExpression: string,
): string {
  return `EXISTS (SELECT 1 FROM cohort_members cm
    WHERE cm.academy_id = ${academyExpression} AND cm.organisation_id = ${organisationExpression})`;
}

/**
 * The user is on the organisation's named cohort team in the academy (a participant row with
 * the address their account signs in with, not left) — e.g. who sees the organisation's
 * sparring sessions in their feed.
 */
export function userOnCohortTeamSql(
  userExpression: string,
  academyExpression: string,
  organisationExpression: string,
): string {
  return `EXISTS (SELECT 1 FROM cohort_participants tp
    WHERE tp.academy_id = ${academyExpression} AND tp.organisation_id = ${organisationExpression}
      AND tp.email = ${userEmailSql(userExpression)} AND tp.left_at IS NULL)`;
}

/** Joins the team participant `idExpression` (a column) as `alias`, left or not. */
export function joinCohortParticipantSql(alias: string, idExpression: string): string {
  return `JOIN cohort_participants ${alias} ON ${alias}.id = ${idExpression}`;
}

/**
 * The user is on the team of one cohort organisation of the academy: the same rule as
 * `userInCohortSql` for that organisation only (a participant with the address their account
 * signs in with, not left; or a member of the organisation not removed from its team). What
 * decides who works on the organisation's pilot.
 */
export function userInCohortOrganisationSql(
  userExpression: string,
  academyExpression: string,
  organisationExpression: string,
): string {
  const email = userEmailSql(userExpression);
  return `EXISTS (SELECT 1 FROM cohort_members c
    WHERE c.academy_id = ${academyExpression} AND c.organisation_id = ${organisationExpression} AND (
      EXISTS (SELECT 1 FROM cohort_participants cp
        WHERE cp.academy_id = c.academy_id AND cp.organisation_id = c.organisation_id
          AND cp.email = ${email} AND cp.left_at IS NULL)
      OR (${isMemberSql(userExpression, 'c.organisation_id')}
        AND NOT EXISTS (SELECT 1 FROM cohort_participants gone
          WHERE gone.academy_id = c.academy_id AND gone.organisation_id = c.organisation_id
            AND gone.email = ${email} AND gone.left_at IS NOT NULL))))`;
}

// Alumni. When the programme ends (the academy RUNNING → ALUMNI) its cohort's participants
// become alumni: the same team rule as above, asked while the academy is ALUMNI. Whoever had
// left the team before (a left row) is not an alumnus; the organisation's contacts keep
// managing the team afterwards (people change jobs over the year), and the rule follows it.

/**
 * The user is an alumnus of the academy: the academy is ALUMNI and the user is on the team of
 * one of its cohort organisations (`userInCohortSql`). What shows ALUMNI events, lets alumni
 * register for the alumni meeting and lists `myAlumniAcademies`. Its sub-selects alias
 * `cohort_members` as `c` (and `cp`, `gone`, `m`, `alumni_academy`): give the outer rows other
 * names, or the expressions passed in read the inner rows.
 */
export function userIsAlumnusSql(userExpression: string, academyExpression: string): string {
  return `(${isAlumniAcademySql(academyExpression)} AND ${userInCohortSql(userExpression, academyExpression)})`;
}

/**
 * The user is an alumnus of the academy through this organisation: the academy is ALUMNI and
 * the user is on the organisation's cohort team (`userInCohortOrganisationSql`), e.g. who
 * fills the organisation's outcome report.
 */
export function userIsAlumnusOfOrganisationSql(
  userExpression: string,
  academyExpression: string,
  organisationExpression: string,
): string {
  return `(${isAlumniAcademySql(academyExpression)} AND ${userInCohortOrganisationSql(userExpression, academyExpression, organisationExpression)})`;
}

/** The organisation is an alumni organisation of the academy: in its cohort, and the academy is ALUMNI. */
export function isAlumniOrganisationSql(
  academyExpression: string,
  organisationExpression: string,
): string {
  return `(${isAlumniAcademySql(academyExpression)} AND ${isCohortMemberSql(academyExpression, organisationExpression)})`;
}

/**
 * Academies in which a cohort place is active: from the selection until the academy is
 * archived — alumni still have their follow-up meeting and their outcome report to give.
 */
export const ACTIVE_COHORT_ACADEMY_STATUSES: readonly AcademyStatus[] = [
  AcademyStatus.SELECTION,
  AcademyStatus.RUNNING,
  AcademyStatus.ALUMNI,
];

/** The organisation `organisationExpression` has an active cohort place (participant or alumnus). */
export function hasActiveCohortPlaceSql(organisationExpression: string): string {
  return `EXISTS (SELECT 1 FROM cohort_members active_place
    WHERE active_place.organisation_id = ${organisationExpression}
      AND ${academyInStatusSql('active_place.academy_id', ACTIVE_COHORT_ACADEMY_STATUSES)})`;
}

/**
 * Ids of a person's team participant rows in every cohort, left or not: rows tied to their
 * account, or with the address it signs in with (`emailExpression`, lower-case), as a
 * sub-select. What a person's data export and erasure look for.
 */
export function participantsOfPersonSql(userExpression: string, emailExpression: string): string {
  return `(SELECT pp.id FROM cohort_participants pp
    WHERE pp.user_id = CAST(${userExpression} AS uuid) OR pp.email = ${emailExpression})`;
}

/**
 * Ids of the organisations on whose cohort team the person is or was (rows tied to their
 * account or with their address, as participantsOfPersonSql), as a sub-select.
 */
export function teamOrganisationsOfPersonSql(
  userExpression: string,
  emailExpression: string,
): string {
  return `(SELECT tp.organisation_id FROM cohort_participants tp
    WHERE tp.user_id = CAST(${userExpression} AS uuid) OR tp.email = ${emailExpression})`;
}
