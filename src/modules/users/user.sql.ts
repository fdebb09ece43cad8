import { GlobalRole } from '../../common/auth/global-role.js';

// The users feature's SQL fragments for other features' hot read paths (one statement
// instead of a second round trip). Arguments are SQL expressions (a column or `$1`).

/** Joins the person `idExpression` (a column such as `s.expert_id`) as `alias`. */
export function joinUserSql(alias: string, idExpression: string): string {
  return `JOIN users ${alias} ON ${alias}.id = ${idExpression}`;
}

/** A person's id, name, e-mail and locale as `<prefix>_id`, `_name`, `_email`, `_locale`. */
export function personColumnsSql(alias: string, prefix: string): string {
  return `${alias}.id AS ${prefix}_id, ${alias}.name AS ${prefix}_name, ${alias}.email AS ${prefix}_email, ${alias}.locale AS ${prefix}_locale`;
}

/** The person's e-mail address (stored lower-case), as a scalar sub-select. */
export function userEmailSql(userExpression: string): string {
  return `(SELECT ue.email FROM users ue WHERE ue.id = CAST(${userExpression} AS uuid))`;
}

/** The person's language, as a scalar sub-select. */
export function userLocaleSql(userExpression: string): string {
  return `(SELECT u.locale FROM users u WHERE u.id = ${userExpression})`;
}

/**
 * The person `userExpression` holds a role that hosts consultations (EXPERT or ADMIN), read
 * at the time of the statement: a former expert's slots leave their views at once.
 */
export function hostsConsultationsSql(userExpression: string): string {
  return `EXISTS (SELECT 1 FROM users hu WHERE hu.id = CAST(${userExpression} AS uuid)
    AND hu.roles && ARRAY['${GlobalRole.EXPERT}', '${GlobalRole.ADMIN}']::global_role[])`;
}

/**
 * The people for whom `condition` (given the user id column) holds, as `id`, `name`,
 * `email` and `locale`: e.g. an event's audience, read when its reminder goes.
 */
export function peopleWhereSql(condition: (userExpression: string) => string): string {
  return `SELECT pu.id, pu.name, pu.email, pu.locale FROM users pu WHERE ${condition('pu.id')}`;
}
