import pino from 'pino';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../src/app.entities.js';
import { buildDataSourceOptions } from '../src/database/data-source-options.js';
import { migrateUnderLock } from '../src/database/migrate.js';
import { diffEntitiesAgainstSchema } from '../src/database/schema-diff.js';
import { MIGRATIONS } from '../migrations/index.js';
import { createTestDatabase, dropTestDatabase } from './helpers/test-database.js';

const logger = pino({ level: 'silent' });

function dataSourceFor(url: string): DataSource {
  return new DataSource(
    buildDataSourceOptions(
      { url, poolSize: 3, statementTimeoutMs: 30000, lockTimeoutMs: 5000 },
      logger,
      ENTITIES,
    ),
  );
}

async function userTables(dataSource: DataSource): Promise<string[]> {
  const rows: Array<{ table_name: string }> = await dataSource.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1",
  );
  return rows.map((row) => row.table_name);
}

describe('migrations', () => {
  it('match the entities exactly (the drift check)', async () => {
    const database = await createTestDatabase();
    const dataSource = await dataSourceFor(database.url).initialize();
    try {
      expect(await diffEntitiesAgainstSchema(dataSource)).toEqual({ up: [], down: [] });
    } finally {
      await dataSource.destroy();
      await dropTestDatabase(database.name);
    }
  });

  it('detect drift when an entity changes without a migration', async () => {
    const database = await createTestDatabase();
    const dataSource = await dataSourceFor(database.url).initialize();
    try {
      await dataSource.query('ALTER TABLE academies DROP COLUMN theme');
      const diff = await diffEntitiesAgainstSchema(dataSource);
      expect(diff.up.join('\n')).toMatch(/ADD "theme"/);
    } finally {
      await dataSource.destroy();
      await dropTestDatabase(database.name);
    }
  });

  it('revert cleanly, one by one, and apply again', async () => {
    const database = await createTestDatabase();
    const dataSource = await dataSourceFor(database.url).initialize();
    try {
      for (let index = 0; index < MIGRATIONS.length; index++) {
        await dataSource.undoLastMigration({ transaction: 'each' });
      }
      expect(await userTables(dataSource)).toEqual([]);
      // The job queue's schema (pg-boss) goes with its migration.
      expect(await dataSource.query(`SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss'`)).toEqual(
        [],
      );
      await migrateUnderLock(dataSource, logger);
      expect(await userTables(dataSource)).toEqual(
        dataSource.entityMetadatas.map((metadata) => metadata.tableName).sort(),
      );
      expect(await diffEntitiesAgainstSchema(dataSource)).toEqual({ up: [], down: [] });
    } finally {
      await dataSource.destroy();
      await dropTestDatabase(database.name);
    }
  });

  it('are applied once when several instances start on an empty database at the same moment', async () => {
    const database = await createTestDatabase(false);
    const instances = await Promise.all(
      [1, 2, 3].map(() => dataSourceFor(database.url).initialize()),
    );
    try {
      await Promise.all(instances.map((instance) => migrateUnderLock(instance, logger)));
      const applied: Array<{ name: string }> = await instances[0].query(
        'SELECT name FROM migrations',
      );
      expect(applied.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
    } finally {
      await Promise.all(instances.map((instance) => instance.destroy()));
      await dropTestDatabase(database.name);
    }
  });
});
