import { isMemberSql } from '../organisations/membership.sql.js';
import { userEmailSql } from '../users/user.sql.js';

// The cohort's predicates, written once for the hot read paths (feeds, visibility) of
// other features. Arguments are SQL expressions (a column or a parameter such as `$1`).

/**
 * The user takes part in the academy's cohort (a participant, later an alumnus): a member of
 * one of its organisations, or a person of an organisation's named team (matched by the
 * e-mail address their account was signed in with, so a team member who signs up later is
 * in at once).
 */
export function userInCohortSql(userExpression: string, academyExpression: string): string {
  return `EXISTS (SELECT 1 FROM cohort_members c
    WHERE c.academy_id = ${academyExpression} AND (${isMemberSql(userExpression, 'c.organisation_id')}
      OR EXISTS (SELECT 1 FROM cohort_participants cp
        WHERE cp.academy_id = c.academy_id AND cp.organisation_id = c.organisation_id
          AND cp.email = ${userEmailSql(userExpression)})))`;
}
