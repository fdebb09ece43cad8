// Fragments over `users` for other features' hot read paths (one statement instead of a
// second round trip). The users module owns the table; others join it only through these.

/** Joins the person `idExpression` (a column such as `s.expert_id`) as `alias`. */
export function joinUserSql(alias: string, idExpression: string): string {
  return `JOIN users ${alias} ON ${alias}.id = ${idExpression}`;
}

/** A person's id, name, e-mail and locale as `<prefix>_id`, `_name`, `_email`, `_locale`. */
export function personColumnsSql(alias: string, prefix: string): string {
  return `${alias}.id AS ${prefix}_id, ${alias}.name AS ${prefix}_name, ${alias}.email AS ${prefix}_email, ${alias}.locale AS ${prefix}_locale`;
}
