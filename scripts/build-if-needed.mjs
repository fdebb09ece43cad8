// `npm start` builds only when a source is newer than the last build, so a restart is quick.
// The build is the API (nest build → dist/) and the web client (vite build → web/dist/).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const marker = path.join(root, 'dist', '.tsbuildinfo.build');
// The client's build output; missing (a fresh clone, or removed by hand) means "build".
const clientBuild = path.join(root, 'web', 'dist', 'index.html');
const inputs = [
  'src',
  'migrations',
  'scripts',
  'tsconfig.json',
  'tsconfig.build.json',
  'package-lock.json',
  'web/src',
  'web/index.html',
  'web/tsconfig.json',
  'vite.config.ts',
];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(target).reduce(
    (newest, entry) => Math.max(newest, newestMtime(path.join(target, entry))),
    info.mtimeMs,
  );
}

const mtimeOrZero = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const built = Math.min(mtimeOrZero(marker), mtimeOrZero(clientBuild));
const changed = Math.max(...inputs.map((input) => newestMtime(path.join(root, input))));
if (built >= changed) process.exit(0);
console.error('Building…');
const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
// tsc leaves its build info untouched when no TypeScript changed; mark this build as current.
if (!existsSync(marker)) writeFileSync(marker, '');
const now = new Date();
utimesSync(marker, now, now);
