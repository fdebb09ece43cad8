import { userOnCohortTeamSql } from '../cohort/cohort.sql.js';
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
