import { MigrationExecutor, type DataSource } from 'typeorm';
import type { Logger } from 'pino';

// Any fixed 64-bit number shared by all Akatemia instances; "akatemia" in ASCII.
export const MIGRATION_LOCK_ID = '7020381238893683041';

/**
 * Applies pending migrations while holding a PostgreSQL advisory lock, so instances that
 * start together run them one after another: the first migrates, the rest find nothing to do.
 */
export async function migrateUnderLock(dataSource: DataSource, logger: Logger): Promise<void> {
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  try {
    // Waiting for another instance's migrations is expected; do not time out on it.
    await queryRunner.query('SET lock_timeout = 0');
    await queryRunner.query('SET statement_timeout = 0');
    await queryRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    try {
      const executor = new MigrationExecutor(dataSource, queryRunner);
      executor.transaction = 'each';
      const applied = await executor.executePendingMigrations();
      if (applied.length > 0) {
        logger.info(
          { migrations: applied.map((migration) => migration.name) },
          'Migrations applied',
        );
      }
    } finally {
      await queryRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]);
    }
  } finally {
    await queryRunner.query('RESET lock_timeout; RESET statement_timeout').catch(() => undefined);
    await queryRunner.release();
  }
}
