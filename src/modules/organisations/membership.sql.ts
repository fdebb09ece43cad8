import { MembershipRole } from './membership.enums.js';

/**
 * "This person is a member of that organisation", written once for every SQL read path
 * that needs it. Arguments are SQL expressions (a column or a parameter such as `$1`);
 * roles come from the enum, never as literals.
 */
export function isMemberSql(
  userExpression: string,
  organisationExpression: string,
  roles?: readonly MembershipRole[],
): string {
  const roleCondition =
    roles && roles.length > 0
      ? ` AND m.role IN (${roles.map((role) => `'${role}'`).join(', ')})`
      : '';
  return `EXISTS (SELECT 1 FROM memberships m
    WHERE m.organisation_id = ${organisationExpression} AND m.user_id = CAST(${userExpression} AS uuid)${roleCondition})`;
}

/** The ids of the organisations the user belongs to, as a sub-select. */
export function organisationsOfUserSql(userExpression: string): string {
  return `(SELECT m.organisation_id FROM memberships m WHERE m.user_id = CAST(${userExpression} AS uuid))`;
}
