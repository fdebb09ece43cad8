import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';

// Which process owns the embedded PostgreSQL of a DATA_DIR. The postmaster is a child of the
// node process that started it; when that process dies without stopping it (kill -9, an
// out-of-memory kill), the postmaster lives on, re-parented to PID 1, and holds the cluster.
// `DATA_DIR/postgres.owner.json` names the node process that started it, so that the next
// start can tell a leftover (owner dead: stop it, then start) from a live server (refuse).

export const OWNER_FILE = 'postgres.owner.json';

/** A process, named so that a later reuse of its PID is not mistaken for it. */
export interface ProcessIdentity {
  pid: number;
  /**
   * When the process started, as the system tells it (Linux: clock ticks since boot from
   * /proc/<pid>/stat, with the boot id; elsewhere `ps -o lstart=`); null where unknown.
   */
  startTime: string | null;
}

export interface OwnerRecord extends ProcessIdentity {
  /** When the owner took the cluster, for the operator reading the file. */
  since: string;
  /** The postmaster's PID once it runs (null while it starts). */
  postmasterPid: number | null;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function linuxStat(pid: number): { state: string; startTicks: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); field 22 (starttime) is fields[19].
    return { state: fields[0] ?? '', startTicks: fields[19] ?? '' };
  } catch {
    return null;
  }
}

let bootId: string | null | undefined;
function linuxBootId(): string | null {
  if (bootId === undefined) {
    try {
      bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    } catch {
      bootId = null;
    }
  }
  return bootId;
}

function psField(pid: number, field: string): string | null {
  if (process.platform === 'win32') return null;
  try {
    const output = execFileSync('ps', ['-o', `${field}=`, '-p', String(pid)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 2000,
    }).trim();
    return output === '' ? null : output;
  } catch {
    return null;
  }
}

/** The start time of a live process, or null where the system does not tell. */
export function processStartTime(pid: number): string | null {
  if (process.platform === 'linux') {
    const stat = linuxStat(pid);
    if (stat) return `${linuxBootId() ?? 'boot'}:${stat.startTicks}`;
  }
  return psField(pid, 'lstart');
}

/**
 * Whether the process still runs: its PID is alive, not a zombie, and (where the system
 * tells start times) it started when the recorded one did, so a reused PID does not count.
 */
export function isSameProcessAlive(identity: ProcessIdentity): boolean {
  if (!Number.isInteger(identity.pid) || identity.pid <= 0) return false;
  if (!isProcessAlive(identity.pid)) return false;
  if (process.platform === 'linux' && linuxStat(identity.pid)?.state === 'Z') return false;
  if (identity.startTime === null) return true;
  const now = processStartTime(identity.pid);
  // Unknown now (e.g. `ps` missing): assume alive, the safe side.
  return now === null || now === identity.startTime;
}

/** This process, as an owner record names it. */
export function currentProcessIdentity(): ProcessIdentity {
  return { pid: process.pid, startTime: processStartTime(process.pid) };
}

export async function readOwner(directory: string): Promise<OwnerRecord | null> {
  const file = path.join(directory, OWNER_FILE);
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<OwnerRecord>;
    if (typeof parsed.pid !== 'number') return null;
    return {
      pid: parsed.pid,
      startTime: typeof parsed.startTime === 'string' ? parsed.startTime : null,
      since: typeof parsed.since === 'string' ? parsed.since : '',
      postmasterPid: typeof parsed.postmasterPid === 'number' ? parsed.postmasterPid : null,
    };
  } catch {
    // Half-written or edited by hand: as good as none.
    return null;
  }
}

/** Writes the owner file atomically (a reader never sees half of it). */
export async function writeOwner(directory: string, record: OwnerRecord): Promise<void> {
  const file = path.join(directory, OWNER_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o644 });
  await rename(temporary, file);
}

/** Removes the owner file if it still names this process (never another owner's). */
export async function releaseOwner(directory: string): Promise<void> {
  const owner = await readOwner(directory);
  if (owner?.pid === process.pid) await rm(path.join(directory, OWNER_FILE), { force: true });
}

/** The postmaster PID and port from `postmaster.pid`, if the file is there. */
export async function readPostmasterPid(
  clusterDirectory: string,
): Promise<{ pid: number; port: number | null } | null> {
  const file = path.join(clusterDirectory, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const lines = (await readFile(file, 'utf8').catch(() => '')).split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, port: Number.isInteger(port) ? port : null };
}

/**
 * Whether `pid` is a PostgreSQL postmaster of this cluster: its command line names the
 * cluster folder (`postgres -D <folder> …`). Null where the system does not tell (no /proc
 * and no `ps`): then nobody may stop it on a guess.
 */
export function isPostmasterOf(pid: number, clusterDirectory: string): boolean | null {
  let commandLine: string | null = null;
  if (process.platform === 'linux') {
    try {
      commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    } catch {
      commandLine = null;
    }
  }
  commandLine ??= psField(pid, 'command');
  if (commandLine === null) return null;
  return commandLine.includes(`-D ${clusterDirectory}`);
}

/** True once `pid` has exited (or is a zombie, whose parent has not reaped it yet). */
export function hasExited(pid: number): boolean {
  if (!isProcessAlive(pid)) return true;
  return process.platform === 'linux' && linuxStat(pid)?.state === 'Z';
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!hasExited(pid)) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Gone meanwhile.
  }
}

export interface LeftoverStopTimeouts {
  /** After SIGINT (fast shutdown: a checkpoint, then exit). */
  fastMs: number;
  /** After SIGQUIT (immediate shutdown: recovery at the next start). */
  immediateMs: number;
}

export const LEFTOVER_STOP_TIMEOUTS: LeftoverStopTimeouts = { fastMs: 30_000, immediateMs: 5_000 };

/**
 * Stops a postmaster whose owner died: SIGINT (fast shutdown, the data stays consistent),
 * then SIGQUIT (immediate shutdown) and as a last resort SIGKILL, each after its bound.
 */
export async function stopLeftoverPostmaster(
  pid: number,
  logger: Logger,
  timeouts: LeftoverStopTimeouts = LEFTOVER_STOP_TIMEOUTS,
): Promise<void> {
  signal(pid, 'SIGINT');
  if (await waitForExit(pid, timeouts.fastMs)) return;
  logger.warn(
    { pid, waitedMs: timeouts.fastMs },
    'The leftover PostgreSQL did not stop on SIGINT; sending SIGQUIT (immediate shutdown)',
  );
  signal(pid, 'SIGQUIT');
  if (await waitForExit(pid, timeouts.immediateMs)) return;
  logger.error({ pid }, 'The leftover PostgreSQL did not stop on SIGQUIT; sending SIGKILL');
  signal(pid, 'SIGKILL');
  if (!(await waitForExit(pid, timeouts.immediateMs)))
    throw new Error(`The leftover PostgreSQL (pid ${pid}) did not exit, even on SIGKILL.`);
}
