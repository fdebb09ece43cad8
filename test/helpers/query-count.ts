import pg from 'pg';

export interface QueryCount<T> {
  result: T;
  /** Statements the application sent to PostgreSQL while `work` ran. */
  statements: number;
  /** Their texts, for a readable failure. */
  texts: string[];
}

/**
 * Counts the SQL statements sent through node-postgres while `work` runs. The app runs in
 * the spec's own process, so every statement — TypeORM's, readRows' prepared ones — passes
 * through `pg.Client.prototype.query`. Transaction control (BEGIN, COMMIT, ROLLBACK,
 * SAVEPOINT…) is not counted: the question is how many reads a field costs.
 * Run only one `countQueries` at a time, with no other requests in flight.
 */
export async function countQueries<T>(work: () => Promise<T>): Promise<QueryCount<T>> {
  const prototype = pg.Client.prototype as unknown as {
    query: (...args: unknown[]) => unknown;
  };
  const original = prototype.query;
  const texts: string[] = [];
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    const text =
      typeof first === 'string'
        ? first
        : typeof first === 'object' && first !== null && 'text' in first
          ? String(first.text)
          : '';
    if (!/^\s*(BEGIN|START TRANSACTION|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET)\b/i.test(text)) {
      texts.push(text);
    }
    return original.apply(this, args);
  };
  try {
    const result = await work();
    return { result, statements: texts.length, texts };
  } finally {
    prototype.query = original;
  }
}
