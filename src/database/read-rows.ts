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
  /**
   * A name makes it a prepared statement: each connection parses and plans it once, then
   * only executes it. For constant statements on the hottest paths.
   */
  name?: string,
): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  return (
    await pool.query<T>(name ? { name, text, values: parameters } : { text, values: parameters })
  ).rows;
}
