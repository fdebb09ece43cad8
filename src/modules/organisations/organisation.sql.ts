// Predicates over `organisations`, written once for other features' SQL read paths.
// Arguments are SQL expressions (a column or a parameter such as `:type`).

/** The organisation (an id expression) is of the given type. */
export function organisationOfTypeSql(
  organisationExpression: string,
  typeExpression: string,
): string {
  return `EXISTS (SELECT 1 FROM organisations o
    WHERE o.id = ${organisationExpression} AND o.type = ${typeExpression})`;
}
