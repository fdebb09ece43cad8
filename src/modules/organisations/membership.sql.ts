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

/**
 * The ids of the organisations that invited the address (`emailExpression`, lower-case), open
 * invitations or answered, as a sub-select.
 */
export function organisationsInvitingSql(emailExpression: string): string {
  return `(SELECT i.organisation_id FROM invitations i WHERE i.email = ${emailExpression})`;
}

/**
 * The organisations (`id`, `name`) of which the user is the only CONTACT and for which
 * `condition` (given the organisation id column) holds — e.g. "has an active application":
 * what the erasure of their account waits for (ONLY_CONTACT, hand over first).
 */
export function soleContactOrganisationsSql(
  userExpression: string,
  condition: (organisationExpression: string) => string,
): string {
  return `SELECT so.id, so.name FROM organisations so
    WHERE ${isMemberSql(userExpression, 'so.id', [MembershipRole.CONTACT])}
      AND NOT EXISTS (SELECT 1 FROM memberships other_contact
        WHERE other_contact.organisation_id = so.id
          AND other_contact.role = '${MembershipRole.CONTACT}'
          AND other_contact.user_id <> CAST(${userExpression} AS uuid))
      AND ${condition('so.id')}
    ORDER BY so.name, so.id`;
}

/**
 * Locks (FOR UPDATE, in id order) the CONTACT memberships of every organisation the user is a
 * contact of, so that two contacts of one organisation erasing their accounts at once are
 * serialised and the second sees that it is now the only one.
 */
export function lockContactsOfUserOrganisationsSql(userExpression: string): string {
  return `SELECT lc.id FROM memberships lc
    WHERE lc.role = '${MembershipRole.CONTACT}' AND lc.organisation_id IN (
      SELECT own.organisation_id FROM memberships own
      WHERE own.user_id = CAST(${userExpression} AS uuid) AND own.role = '${MembershipRole.CONTACT}')
    ORDER BY lc.id FOR UPDATE`;
}
