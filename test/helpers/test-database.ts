import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Set by test/global-setup.ts for the workers. */
export function testDatabaseEnvironment(): { adminUrl: string; template: string } {
  const adminUrl = process.env.AKATEMIA_TEST_ADMIN_URL;
  const template = process.env.AKATEMIA_TEST_TEMPLATE;
  if (!adminUrl || !template) {
    throw new Error('Integration specs need test/global-setup.ts: run them through `npm test`.');
  }
  return { adminUrl, template };
}

/** Per-file databases of one run share a prefix, so teardown removes only its own. */
export function testDatabasePrefix(template: string): string {
  return `${template.replace('template', 't')}_`;
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testDatabaseEnvironment().adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own for one spec file: cloned from the migrated template (fast), or
 * empty when `fromTemplate` is false.
 */
export async function createTestDatabase(
  fromTemplate = true,
): Promise<{ name: string; url: string }> {
  const { adminUrl, template } = testDatabaseEnvironment();
  const name = `${testDatabasePrefix(template)}${randomBytes(6).toString('hex')}`;
  await withAdminClient(async (client) => {
    // Two workers cloning the same template at once can collide; a retry settles it.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${name}${fromTemplate ? ` TEMPLATE ${template}` : ''}`);
        return;
      } catch (error) {
        if (attempt >= 10 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
  return { name, url: databaseUrl(adminUrl, name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
