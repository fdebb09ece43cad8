import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A fresh folder under the temp directory that the embedded PostgreSQL's own system user
 * can enter (as root, it runs as `postgres`): for DATA_DIRs and clusters of a spec.
 */
export async function makeTempDir(prefix: string): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), prefix));
  await chmod(directory, 0o755);
  return directory;
}

/** The built roles CLI (`npm run roles`), as the specs run it. */
export const ROLES_CLI = path.join(
  import.meta.dirname,
  '..',
  '..',
  'dist',
  'src',
  'modules',
  'users',
  'roles.cli.js',
);
