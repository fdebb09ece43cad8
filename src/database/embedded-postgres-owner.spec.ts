import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  currentProcessIdentity,
  isPostmasterOf,
  isSameProcessAlive,
  OWNER_FILE,
  readOwner,
  releaseOwner,
  writeOwner,
} from './embedded-postgres-owner.js';

describe('embedded PostgreSQL owner', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'akatemia-owner-'));
  });
  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('knows this process alive, and not a process that reused a PID', () => {
    const me = currentProcessIdentity();
    expect(isSameProcessAlive(me)).toBe(true);
    if (me.startTime !== null) {
      // Same PID, another start time: what a reused PID looks like.
      expect(isSameProcessAlive({ pid: me.pid, startTime: `${me.startTime}-earlier` })).toBe(false);
    }
    // Where the system tells no start time, a live PID counts as the owner (refuse, the safe side).
    expect(isSameProcessAlive({ pid: me.pid, startTime: null })).toBe(true);
    expect(isSameProcessAlive({ pid: 0, startTime: null })).toBe(false);
  });

  it('knows a process that exited as dead', async () => {
    const child = spawn(process.execPath, ['-e', '']);
    const identity = { pid: child.pid!, startTime: null };
    await new Promise((resolve) => child.once('exit', resolve));
    expect(isSameProcessAlive(identity)).toBe(false);
  });

  it('tells a postmaster of this cluster only by its command line', () => {
    // This jest process is no postmaster of any folder.
    expect(isPostmasterOf(process.pid, path.join(directory, 'postgres'))).toBe(false);
  });

  it('writes, reads and releases only its own owner file', async () => {
    const me = currentProcessIdentity();
    await writeOwner(directory, { ...me, since: 'now', postmasterPid: 42 });
    expect(await readOwner(directory)).toEqual({ ...me, since: 'now', postmasterPid: 42 });
    await releaseOwner(directory);
    expect(await readOwner(directory)).toBeNull();

    // Another process's file stays.
    await writeOwner(directory, { pid: 1, startTime: null, since: 'then', postmasterPid: null });
    await releaseOwner(directory);
    expect(await readOwner(directory)).toMatchObject({ pid: 1 });

    // A half-written or hand-edited file counts as none.
    await writeFile(path.join(directory, OWNER_FILE), '{"pid":');
    expect(await readOwner(directory)).toBeNull();
  });
});
