import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '../config/app-config.js';
import { createRootLogger } from '../common/logging/logger.js';
import { buildDataSourceOptions, type EntityList } from './data-source-options.js';
import {
  operatorDatabase,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from './embedded-postgres.js';
import { migrateUnderLock } from './migrate.js';
import { diffEntitiesAgainstSchema } from './schema-diff.js';

const USAGE = `Usage: node dist/src/migration.cli.js <command>
  run               apply pending migrations (DATABASE_URL, else the embedded database in DATA_DIR)
  revert            undo the last applied migration
  generate <name>   write migrations/<timestamp>-<name>.ts from the entity changes
  check             exit 1 when entities and migrations drift (CI runs this)`;

// Compiled to dist/src/database; the sources live in <root>/migrations.
const MIGRATIONS_DIRECTORY = path.resolve(import.meta.dirname, '..', '..', '..', 'migrations');

const config = loadConfigOrExit();
const logger = createRootLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
// Handed in by the entry point (src/migration.cli.ts): the database layer knows no feature.
let entities: EntityList = [];

function dataSourceFor(url: string): DataSource {
  return new DataSource(
    buildDataSourceOptions(
      { url, poolSize: 2, statementTimeoutMs: 600000, lockTimeoutMs: 60000 },
      logger,
      entities,
    ),
  );
}

/** The operator's database: DATABASE_URL, else the embedded one under DATA_DIR (running or not). */
async function withTargetDatabase(
  work: (dataSource: DataSource) => Promise<void>,
  options: { refuseBesideRunningServer?: string } = {},
): Promise<void> {
  const database = await operatorDatabase(config, logger);
  try {
    if (database.besideRunningServer && options.refuseBesideRunningServer) {
      process.stderr.write(`${options.refuseBesideRunningServer}\n`);
      process.exitCode = 1;
      return;
    }
    const dataSource = await dataSourceFor(database.url).initialize();
    try {
      await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.stop();
  }
}

/** A throw-away database with every migration applied: the reference for generate/check. */
async function withScratchDatabase(work: (dataSource: DataSource) => Promise<void>): Promise<void> {
  let embedded: EmbeddedDatabase | undefined;
  let scratchDirectory: string | undefined;
  let adminUrl: string;
  if (config.databaseUrl) {
    adminUrl = config.databaseUrl;
  } else {
    scratchDirectory = await mkdtemp(path.join(tmpdir(), 'akatemia-scratch-'));
    // mkdtemp makes a private folder; as root, PostgreSQL's own user must enter it.
    await chmod(scratchDirectory, 0o755);
    embedded = await startEmbeddedPostgres({
      directory: scratchDirectory,
      logger,
      ephemeral: true,
    });
    adminUrl = embedded.adminUrl;
  }
  const name = `akatemia_scratch_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const dataSource = await dataSourceFor(url.toString()).initialize();
    try {
      await migrateUnderLock(dataSource, logger);
      await work(dataSource);
    } finally {
      await dataSource.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    }
  } finally {
    await admin.end();
    await embedded?.stop();
    if (scratchDirectory) await rm(scratchDirectory, { recursive: true, force: true });
  }
}

// TypeORM emits a shared enum type (enumName used by several tables) once per table: keep
// the first CREATE TYPE and the last DROP TYPE of each.
function withoutRepeatedTypes(queries: string[], keep: 'first' | 'last'): string[] {
  const ordered = keep === 'first' ? queries : [...queries].reverse();
  const seen = new Set<string>();
  const kept = ordered.filter((query) => {
    if (!/^(CREATE|DROP) TYPE /.test(query)) return true;
    if (seen.has(query)) return false;
    seen.add(query);
    return true;
  });
  return keep === 'first' ? kept : kept.reverse();
}

function migrationSource(className: string, upQueries: string[], downQueries: string[]): string {
  const up = withoutRepeatedTypes(upQueries, 'first');
  const down = withoutRepeatedTypes(downQueries, 'last');
  const statements = (queries: string[]) =>
    queries
      .map(
        (query) =>
          `    await queryRunner.query(\`${query.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${')}\`);`,
      )
      .join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${statements(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${statements(down)}
  }
}
`;
}

/** Rewrites migrations/index.ts so it lists every migration file, oldest first. */
async function writeMigrationIndex(): Promise<void> {
  const files = (await readdir(MIGRATIONS_DIRECTORY))
    .filter((file) => /^\d+-[a-z0-9-]+\.ts$/.test(file))
    .sort();
  const entries = await Promise.all(
    files.map(async (file) => {
      const source = await readFile(path.join(MIGRATIONS_DIRECTORY, file), 'utf8');
      const className = /export class (\w+)/.exec(source)?.[1];
      if (!className) throw new Error(`${file} exports no migration class`);
      return { className, module: `./${file.replace(/\.ts$/, '.js')}` };
    }),
  );
  const lines = [
    '// Written by `npm run migration:generate`: every migration, oldest first.',
    ...entries.map((entry) => `import { ${entry.className} } from '${entry.module}';`),
    '',
    `export const MIGRATIONS = [${entries.map((entry) => entry.className).join(', ')}];`,
    '',
  ];
  await writeFile(path.join(MIGRATIONS_DIRECTORY, 'index.ts'), lines.join('\n'));
}

async function main(): Promise<void> {
  const [command, argument] = process.argv.slice(2);
  switch (command) {
    case 'run':
      await withTargetDatabase((dataSource) => migrateUnderLock(dataSource, logger));
      process.stdout.write('Migrations are up to date.\n');
      return;
    case 'revert':
      await withTargetDatabase(
        (dataSource) => dataSource.undoLastMigration({ transaction: 'each' }),
        {
          refuseBesideRunningServer:
            'Akatemia is running on this DATA_DIR: stop it before reverting a migration (it expects the schema it was built for).',
        },
      );
      if (!process.exitCode) process.stdout.write('Reverted the last migration.\n');
      return;
    case 'check':
      await withScratchDatabase(async (dataSource) => {
        const diff = await diffEntitiesAgainstSchema(dataSource);
        if (diff.up.length > 0) {
          process.stderr.write(
            `Entities and migrations drift. A migration is missing for:\n${diff.up.map((query) => `  ${query}`).join('\n')}\n` +
              'Run `npm run migration:generate -- <name>` and review the SQL.\n',
          );
          process.exitCode = 1;
          return;
        }
        process.stdout.write('Entities and migrations agree.\n');
      });
      return;
    case 'generate': {
      if (!argument || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(argument)) {
        throw new Error('generate needs a kebab-case name, e.g. `create-academies`');
      }
      await withScratchDatabase(async (dataSource) => {
        const diff = await diffEntitiesAgainstSchema(dataSource);
        if (diff.up.length === 0) {
          process.stdout.write('No changes: entities and migrations already agree.\n');
          return;
        }
        const timestamp = Date.now();
        const className = `${argument.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase())}${timestamp}`;
        const file = path.join(MIGRATIONS_DIRECTORY, `${timestamp}-${argument}.ts`);
        await writeFile(file, migrationSource(className, diff.up, diff.down));
        await writeMigrationIndex();
        // House format, so the new files pass `npm run format:check` as generated.
        spawnSync(
          path.join(MIGRATIONS_DIRECTORY, '..', 'node_modules', '.bin', 'prettier'),
          ['--write', '--log-level', 'warn', file, path.join(MIGRATIONS_DIRECTORY, 'index.ts')],
          { stdio: 'inherit' },
        );
        process.stdout.write(
          `Wrote ${path.relative(process.cwd(), file)} — read the SQL before committing.\n`,
        );
      });
      return;
    }
    default:
      process.stdout.write(`${USAGE}\n`);
      process.exitCode = command ? 1 : 0;
  }
}

/** The migration commands (run, revert, generate, check) over the given entities. */
export function runMigrationCli(appEntities: EntityList): void {
  entities = appEntities;
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
