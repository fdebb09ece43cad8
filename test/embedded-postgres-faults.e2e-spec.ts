import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { eventually, freePort } from './helpers/processes.js';
import { makeTempDir, ROLES_CLI } from './helpers/temp-dir.js';

// Fault tests of the built server (`node dist/src/main.js`) on its embedded PostgreSQL: what
// a supervisor sees after kill -9, a signal during start-up, and the database dying under a
// running server. Every server runs in a process group of its own, which its postmaster
// and PostgreSQL's other processes share; the clean-up ends whatever is left of each group.

const MAIN = path.join(import.meta.dirname, '..', 'dist', 'src', 'main.js');

interface LogLine {
  level?: string;
  msg?: string;
  [key: string]: unknown;
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Server {
  child: ChildProcess;
  pid: number;
  url: string;
  lines: LogLine[];
  exited: Promise<Exit>;
  hasExited: () => boolean;
}

const servers: Server[] = [];
const folders: string[] = [];

async function startServer(dataDir: string): Promise<Server> {
  const port = await freePort();
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    SEED_DEMO_DATA: 'false',
    OUTBOX_WORKER: 'false',
    SHUTDOWN_TIMEOUT_MS: '10000',
  };
  delete environment.DATABASE_URL;
  const child = spawn(process.execPath, [MAIN], {
    env: environment,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      try {
        lines.push(JSON.parse(line) as LogLine);
      } catch {
        lines.push({ msg: line });
      }
    });
  }
  let done = false;
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => {
      done = true;
      resolve({ code, signal });
    }),
  );
  const server = {
    child,
    pid: child.pid!,
    url: `http://127.0.0.1:${port}`,
    lines,
    exited,
    hasExited: () => done,
  };
  servers.push(server);
  return server;
}

async function waitUntilReady(server: Server, timeoutMs = 30_000): Promise<void> {
  await eventually(
    'ready',
    async () => {
      if (server.hasExited())
        throw new Error(`The server exited:\n${JSON.stringify(server.lines.slice(-5))}`);
      return fetch(`${server.url}/health/ready`).then(
        (response) => response.ok,
        () => false,
      );
    },
    timeoutMs,
  );
}

/** The server's exit, or a failure after `timeoutMs` (not a hang until Jest's timeout). */
async function exitOf(server: Server, timeoutMs = 15_000): Promise<Exit> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`The server did not exit within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([server.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function waitForLog(server: Server, message: RegExp, timeoutMs = 30_000): Promise<void> {
  return eventually(
    `log line ${message}`,
    () => server.lines.some((line) => message.test(line.msg ?? '')),
    timeoutMs,
  );
}

function logged(server: Server, message: RegExp): LogLine | undefined {
  return server.lines.find((line) => message.test(line.msg ?? ''));
}

/** The live processes of a process group (zombies, which nothing here reaps, are dead). */
async function liveProcessesOfGroup(group: number): Promise<number[]> {
  const { stdout } = await promisify(execFile)('ps', ['-A', '-o', 'pid=,pgid=,stat=']);
  return stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, pgid, stat]) => Number(pgid) === group && !stat?.startsWith('Z'))
    .map(([pid]) => Number(pid));
}

async function isRunning(pid: number): Promise<boolean> {
  const { stdout } = await promisify(execFile)('ps', ['-A', '-o', 'pid=,stat=']);
  return stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .some(([found, stat]) => Number(found) === pid && !stat?.startsWith('Z'));
}

async function postmasterPid(dataDir: string): Promise<number> {
  const text = await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
  return Number(text.split('\n')[0]);
}

/** A connection to the running cluster of `dataDir`, as `npm run roles` finds it. */
async function connect(dataDir: string): Promise<Client> {
  const lines = (await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split(
    '\n',
  );
  const password = (await readFile(path.join(dataDir, 'postgres.password'), 'utf8')).trim();
  const client = new Client({
    host: '127.0.0.1',
    port: Number(lines[3]),
    user: 'postgres',
    password,
    database: 'akatemia',
  });
  await client.connect();
  return client;
}

async function owner(dataDir: string): Promise<{ pid: number; postmasterPid: number } | null> {
  const file = path.join(dataDir, 'postgres.owner.json');
  if (!existsSync(file)) return null;
  return JSON.parse(await readFile(file, 'utf8')) as { pid: number; postmasterPid: number };
}

/** A DATA_DIR holding a migrated cluster, copied from the one made once in beforeAll. */
let template: string;
async function dataDirFromTemplate(): Promise<string> {
  const directory = await makeTempDir('akatemia-fault-');
  folders.push(directory);
  // `cp -a` keeps the cluster's owner (the system user "postgres" when run as root).
  await promisify(execFile)('cp', ['-a', `${template}/.`, directory]);
  return directory;
}

describe('embedded PostgreSQL faults (the built server)', () => {
  beforeAll(async () => {
    template = await makeTempDir('akatemia-fault-template-');
    folders.push(template);
    const server = await startServer(template);
    await waitUntilReady(server, 60_000);
    server.child.kill('SIGTERM');
    expect(await exitOf(server)).toEqual({ code: 0, signal: null });
  }, 90_000);

  afterAll(async () => {
    // Whatever a failed test left: each server's group (node, its postmaster, PostgreSQL's
    // processes). SIGINT first, so PostgreSQL stops cleanly; then SIGKILL.
    const groups = servers.map((server) => server.pid);
    for (const group of groups) {
      try {
        process.kill(-group, 'SIGINT');
      } catch {
        // The group is gone.
      }
    }
    const deadline = Date.now() + 10_000;
    for (const group of groups) {
      while ((await liveProcessesOfGroup(group)).length > 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      for (const pid of await liveProcessesOfGroup(group)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Gone meanwhile.
        }
      }
    }
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  }, 30_000);

  it('restarts after kill -9: stops the postmaster the dead server left, keeps the data', async () => {
    const dataDir = await dataDirFromTemplate();
    const first = await startServer(dataDir);
    await waitUntilReady(first);
    const leftover = await postmasterPid(dataDir);
    expect(await owner(dataDir)).toMatchObject({ pid: first.pid, postmasterPid: leftover });
    const client = await connect(dataDir);
    await client.query(
      "CREATE TABLE crash_probe (value text); INSERT INTO crash_probe VALUES ('kept')",
    );
    await client.end();

    process.kill(first.pid, 'SIGKILL');
    expect(await exitOf(first)).toEqual({ code: null, signal: 'SIGKILL' });
    // What the review found: the postmaster outlives its server (no exit hook runs on SIGKILL).
    expect(await isRunning(leftover)).toBe(true);

    const second = await startServer(dataDir);
    await waitUntilReady(second);
    expect(logged(second, /crashed Akatemia left running/)).toMatchObject({
      level: 'warn',
      postmasterPid: leftover,
      deadOwnerPid: first.pid,
    });
    expect(await isRunning(leftover)).toBe(false);
    expect(await liveProcessesOfGroup(first.pid)).toEqual([]);
    const current = await postmasterPid(dataDir);
    expect(current).not.toBe(leftover);
    expect(await owner(dataDir)).toMatchObject({ pid: second.pid, postmasterPid: current });
    const again = await connect(dataDir);
    expect((await again.query('SELECT value FROM crash_probe')).rows).toEqual([{ value: 'kept' }]);
    await again.end();

    second.child.kill('SIGTERM');
    expect(await exitOf(second)).toEqual({ code: 0, signal: null });
    expect(await liveProcessesOfGroup(second.pid)).toEqual([]);
    expect(await owner(dataDir)).toBeNull();
  });

  it('stops its PostgreSQL and exits 0 on SIGTERM during start-up', async () => {
    const dataDir = await dataDirFromTemplate();
    // PostgreSQL is up, the app is not ready yet (Nest, migrations, listen).
    const starting = await startServer(dataDir);
    await waitForLog(starting, /Embedded PostgreSQL is running/);
    const postmaster = await postmasterPid(dataDir);
    starting.child.kill('SIGTERM');
    expect(await exitOf(starting)).toEqual({ code: 0, signal: null });
    expect(logged(starting, /Signal during start-up/)).toMatchObject({ signal: 'SIGTERM' });
    expect(logged(starting, /Stopped during start-up/)).toBeDefined();
    expect(logged(starting, /Akatemia is ready/)).toBeUndefined();
    expect(await isRunning(postmaster)).toBe(false);
    expect(await liveProcessesOfGroup(starting.pid)).toEqual([]);
    expect(await owner(dataDir)).toBeNull();

    // Earlier still: while the cluster is being initialised (initdb runs to its end).
    const fresh = await makeTempDir('akatemia-fault-fresh-');
    folders.push(fresh);
    const initialising = await startServer(fresh);
    await waitForLog(initialising, /Initialising the embedded PostgreSQL cluster/);
    initialising.child.kill('SIGTERM');
    expect(await exitOf(initialising)).toEqual({ code: 0, signal: null });
    expect(logged(initialising, /Stopped during start-up/)).toBeDefined();
    expect(await liveProcessesOfGroup(initialising.pid)).toEqual([]);
    expect(existsSync(path.join(fresh, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('exits non-zero, saying why, when its PostgreSQL dies; the next start works', async () => {
    const dataDir = await dataDirFromTemplate();
    const server = await startServer(dataDir);
    await waitUntilReady(server);
    const postmaster = await postmasterPid(dataDir);

    const killed = Date.now();
    process.kill(postmaster, 'SIGKILL');
    const exit = await exitOf(server, 10_000);
    const exitMs = Date.now() - killed;
    expect(exit).toEqual({ code: 1, signal: null });
    expect(exitMs).toBeLessThan(5000);
    const fatal = logged(server, /PostgreSQL exited unexpectedly/);
    expect(fatal).toMatchObject({
      level: 'fatal',
      postgres: { pid: postmaster, code: null, signal: 'SIGKILL' },
    });

    // A supervisor's restart: the stale postmaster.pid names a dead process; PostgreSQL
    // recovers from its log.
    const restarted = await startServer(dataDir);
    await waitUntilReady(restarted);
    restarted.child.kill('SIGTERM');
    expect(await exitOf(restarted)).toEqual({ code: 0, signal: null });
    expect(await liveProcessesOfGroup(server.pid)).toEqual([]);
    expect(await liveProcessesOfGroup(restarted.pid)).toEqual([]);
  });

  it('still refuses a second server while the owner lives; npm run roles works beside it', async () => {
    const dataDir = await dataDirFromTemplate();
    const running = await startServer(dataDir);
    await waitUntilReady(running);
    const postmaster = await postmasterPid(dataDir);

    const second = await startServer(dataDir);
    expect(await exitOf(second)).toEqual({ code: 1, signal: null });
    const refusal = logged(second, /could not start/);
    expect(refusal?.level).toBe('fatal');
    expect(JSON.stringify(refusal?.err)).toContain(
      `already running (pid ${postmaster}), started by process ${running.pid}, which is alive`,
    );

    // A command beside the server uses its database and does not become the owner.
    const environment: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
    };
    delete environment.DATABASE_URL;
    const roles = await promisify(execFile)(
      process.execPath,
      [ROLES_CLI, 'grant', 'EXPERT', 'nobody@example.fi'],
      { env: environment },
    ).then(
      () => null,
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(roles?.stderr).toContain("Database: the running server's embedded PostgreSQL");
    expect(roles?.stderr).toContain('No such user in this database');

    expect(await isRunning(postmaster)).toBe(true);
    expect(await owner(dataDir)).toMatchObject({ pid: running.pid, postmasterPid: postmaster });
    expect((await fetch(`${running.url}/health/ready`)).status).toBe(200);
    running.child.kill('SIGTERM');
    expect(await exitOf(running)).toEqual({ code: 0, signal: null });
    expect(await liveProcessesOfGroup(running.pid)).toEqual([]);
  });
});
