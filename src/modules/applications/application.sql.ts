import { AcademyStatus } from '../academies/academy.enums.js';
import { academyInStatusSql } from '../academies/academy.sql.js';
import { userOnCohortTeamSql } from '../cohort/cohort.sql.js';
import { ApplicationStatus } from './application.enums.js';
import { isMemberSql } from '../organisations/membership.sql.js';

// Predicates over `applications`, written once for other features' SQL read paths.

/** Ids of the applications of the organisations the user belongs to, as a sub-select. */
export function applicationsOfUserSql(userExpression: string): string {
  return `(SELECT ap.id FROM applications ap WHERE ${isMemberSql(userExpression, 'ap.organisation_id')})`;
}

/** Joins the application `idExpression` (a column such as `b.application_id`) as `alias`. */
export function joinApplicationSql(alias: string, idExpression: string): string {
  return `JOIN applications ${alias} ON ${alias}.id = ${idExpression}`;
}

/**
 * Ids of the applications of the organisations on whose cohort team (in that application's
 * academy) the user is, as a sub-select.
 */
export function applicationsOfCohortTeamUserSql(userExpression: string): string {
  return `(SELECT tap.id FROM applications tap
    WHERE ${userOnCohortTeamSql(userExpression, 'tap.academy_id', 'tap.organisation_id')})`;
}

/**
 * Whether the organisation's application to the academy gave the "share learnings" consent
 * (`answers.consents.shareLearnings = true`), as a boolean expression: what follow-up's shared
 * summary and public results ask of every pilot they show.
 */
export function sharesLearningsSql(
  academyExpression: string,
  organisationExpression: string,
): string {
  return `EXISTS (SELECT 1 FROM applications slap
    WHERE slap.academy_id = ${academyExpression} AND slap.organisation_id = ${organisationExpression}
      AND (slap.answers -> 'consents' ->> 'shareLearnings') = 'true')`;
}

/** Academies whose applications are still open or being decided on. */
export const DECIDING_ACADEMY_STATUSES: readonly AcademyStatus[] = [
  AcademyStatus.OPEN,
  AcademyStatus.SELECTION,
];

/**
 * The organisation `organisationExpression` has an active application: a draft or a submitted
 * one in an academy that is still open or in selection (before its cohort starts, when a
 * cohort place takes over). A withdrawn application, or one in an academy that is running or
 * over, is not active.
 */
export function hasActiveApplicationSql(organisationExpression: string): string {
  return `EXISTS (SELECT 1 FROM applications active_application
    WHERE active_application.organisation_id = ${organisationExpression}
      AND active_application.status IN ('${ApplicationStatus.DRAFT}', '${ApplicationStatus.SUBMITTED}')
      AND ${academyInStatusSql('active_application.academy_id', DECIDING_ACADEMY_STATUSES)})`;
}

/** Ids of the organisation's applications (to every academy), as a sub-select. */
export function applicationsOfOrganisationSql(organisationExpression: string): string {
  return `(SELECT oap.id FROM applications oap WHERE oap.organisation_id = CAST(${organisationExpression} AS uuid))`;
}
