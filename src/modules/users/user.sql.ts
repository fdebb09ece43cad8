// The users feature's SQL fragments for other features' hot read paths. Arguments are SQL
// expressions (a column or a parameter such as `$1`).

/** The person's language, as a scalar sub-select. */
export function userLocaleSql(userExpression: string): string {
  return `(SELECT u.locale FROM users u WHERE u.id = ${userExpression})`;
}
