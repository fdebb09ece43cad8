import { isMemberSql } from '../organisations/membership.sql.js';

// The cohort's predicates, written once for the hot read paths (feeds, visibility) of
// other features. Arguments are SQL expressions (a column or a parameter such as `$1`).

/** The user belongs to an organisation in the academy's cohort (a participant, later an alumnus). */
export function userInCohortSql(userExpression: string, academyExpression: string): string {
  return `EXISTS (SELECT 1 FROM cohort_members c
    WHERE c.academy_id = ${academyExpression} AND ${isMemberSql(userExpression, 'c.organisation_id')})`;
}
