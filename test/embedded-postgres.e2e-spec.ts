import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import {
  runningEmbeddedPostgresUrl,
  startEmbeddedPostgres,
} from '../src/database/embedded-postgres.js';
import { isProcessAlive } from './helpers/processes.js';
import { makeTempDir } from './helpers/temp-dir.js';

const logger = pino({ level: 'silent' });

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  let directory: string;

  beforeAll(async () => {
    directory = await makeTempDir('akatemia-embedded-');
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('keeps its data across restarts, listens on loopback only, and leaves no process behind', async () => {
    const first = await startEmbeddedPostgres({ directory, logger, ephemeral: true });
    const pidFile = path.join(first.clusterDirectory, 'postmaster.pid');
    const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
    expect(new URL(first.url).hostname).toBe('127.0.0.1');
    const [{ listen }] = await query<{ listen: string }>(
      first.url,
      "SELECT current_setting('listen_addresses') AS listen",
    );
    expect(listen).toBe('127.0.0.1');
    await query(
      first.url,
      "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')",
    );

    // A second start on the same folder is refused with a clear message, not a corrupt cluster.
    await expect(startEmbeddedPostgres({ directory, logger })).rejects.toThrow(/already running/);
    // A command beside the running server (npm run roles) finds and uses that database.
    const beside = await runningEmbeddedPostgresUrl(directory);
    expect(beside).toBe(first.url);
    expect(await query(beside!, 'SELECT value FROM kept')).toEqual([{ value: 'still here' }]);

    await first.stop();
    expect(isProcessAlive(pid)).toBe(false);
    expect(existsSync(pidFile)).toBe(false);
    expect(await runningEmbeddedPostgresUrl(directory)).toBeNull();

    const second = await startEmbeddedPostgres({ directory, logger, ephemeral: true });
    try {
      expect(await query(second.url, 'SELECT value FROM kept')).toEqual([{ value: 'still here' }]);
    } finally {
      await second.stop();
    }
  });
});
