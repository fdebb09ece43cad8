import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { DataSource } from 'typeorm';
// Jest runs global setup in plain Node, outside its module system, where TypeScript sources
// cannot be imported: it uses the build (`npm test` builds first), which is what production runs.
const fromBuild = <T>(module: string): Promise<T> =>
  import(`../dist/src/database/${module}.js`) as Promise<T>;
const { buildDataSourceOptions } =
  await fromBuild<typeof import('../src/database/data-source-options.js')>('data-source-options');
const { startEmbeddedPostgres } =
  await fromBuild<typeof import('../src/database/embedded-postgres.js')>('embedded-postgres');
const { migrateUnderLock } =
  await fromBuild<typeof import('../src/database/migrate.js')>('migrate');

function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Once per `npm test`: a PostgreSQL (DATABASE_URL's server, else a throw-away embedded
 * cluster) and a template database with every migration applied. Each spec file clones it.
 */
export default async function globalSetup(): Promise<void> {
  // The integration and browser projects name this file both; the first run serves both.
  if (process.env.AKATEMIA_TEST_TEMPLATE) return;
  const logger = pino({ level: 'warn' });
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const directory = await mkdtemp(path.join(tmpdir(), 'akatemia-test-'));
    await chmod(directory, 0o755);
    const embedded = await startEmbeddedPostgres({ directory, logger, ephemeral: true });
    adminUrl = embedded.adminUrl;
    Object.assign(globalThis, { __akatemiaTestCluster: { embedded, directory } });
  }
  const template = `akatemia_template_${process.pid}`;
  const admin = new DataSource({ type: 'postgres', url: adminUrl });
  await admin.initialize();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.destroy();

  const dataSource = new DataSource(
    buildDataSourceOptions(
      {
        url: databaseUrl(adminUrl, template),
        poolSize: 2,
        statementTimeoutMs: 60000,
        lockTimeoutMs: 60000,
      },
      logger,
    ),
  );
  await dataSource.initialize();
  await migrateUnderLock(dataSource, logger);
  await dataSource.destroy();

  process.env.AKATEMIA_TEST_ADMIN_URL = adminUrl;
  process.env.AKATEMIA_TEST_TEMPLATE = template;
}
