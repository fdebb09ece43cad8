import pino from 'pino';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { ENTITIES } from '../../src/app.entities.js';
import { buildDataSourceOptions } from '../../src/database/data-source-options.js';
import { migrateUnderLock } from '../../src/database/migrate.js';

const logger = pino({ level: 'silent' });

/**
 * A data source on `url` that knows the migrations up to and including `lastName` (all when
 * left out), and has applied them: a database as that release left it. Its entities are
 * today's, so use its repositories only for tables the later migrations leave alone.
 */
export async function migratedTo(url: string, lastName?: string): Promise<DataSource> {
  const upTo = lastName
    ? MIGRATIONS.findIndex((migration) => migration.name === lastName) + 1
    : MIGRATIONS.length;
  if (upTo === 0) throw new Error(`no migration ${lastName}`);
  const dataSource = new DataSource({
    ...buildDataSourceOptions(
      { url, poolSize: 3, statementTimeoutMs: 30000, lockTimeoutMs: 5000 },
      logger,
      ENTITIES,
    ),
    migrations: MIGRATIONS.slice(0, upTo),
  });
  await dataSource.initialize();
  await migrateUnderLock(dataSource, logger);
  return dataSource;
}
