import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * A read-only statement straight on TypeORM's own pg pool (same connections, same
 * statement and lock timeouts), skipping its query-runner bookkeeping. For the public hot
 * paths only: writes go through TypeORM and its transactions.
 */
export async function readRows<T extends QueryResultRow>(
  dataSource: DataSource,
  text: string,
  parameters: unknown[],
): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  return (await pool.query<T>(text, parameters)).rows;
}
