import { rm } from 'node:fs/promises';
import { Client } from 'pg';
import type { EmbeddedDatabase } from '../src/database/embedded-postgres.js';

export default async function globalTeardown(): Promise<void> {
  // Once for all projects (the integration and browser projects both name this file).
  if (!process.env.AKATEMIA_TEST_TEMPLATE) return;
  const template = process.env.AKATEMIA_TEST_TEMPLATE;
  delete process.env.AKATEMIA_TEST_TEMPLATE;
  const cluster = (
    globalThis as { __akatemiaTestCluster?: { embedded: EmbeddedDatabase; directory: string } }
  ).__akatemiaTestCluster;
  if (cluster) {
    await cluster.embedded.stop();
    await rm(cluster.directory, { recursive: true, force: true });
    return;
  }
  // On a shared server (DATABASE_URL), leave nothing behind.
  const client = new Client({ connectionString: process.env.AKATEMIA_TEST_ADMIN_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1) OR datname = $2',
      [template.replace('template', 't') + '_', template],
    );
    for (const { datname } of rows)
      await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
