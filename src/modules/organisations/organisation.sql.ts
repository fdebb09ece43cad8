// Fragments over `organisations` for other features' hot read paths. The organisations
// module owns the table; others join it only through these.

/** Joins the organisation `idExpression` (a column such as `ap.organisation_id`) as `alias`. */
export function joinOrganisationSql(alias: string, idExpression: string): string {
  return `JOIN organisations ${alias} ON ${alias}.id = ${idExpression}`;
}

/** The organisation's id and name as `organisation_id`, `organisation_name`. */
export function organisationColumnsSql(alias: string): string {
  return `${alias}.id AS organisation_id, ${alias}.name AS organisation_name`;
}

/** The organisation (an id expression) is of the given type. */
export function organisationOfTypeSql(
  organisationExpression: string,
  typeExpression: string,
): string {
  return `EXISTS (SELECT 1 FROM organisations o
    WHERE o.id = ${organisationExpression} AND o.type = ${typeExpression})`;
}
