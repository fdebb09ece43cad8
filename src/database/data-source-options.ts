import type { DataSourceOptions } from 'typeorm';
import type { Logger } from 'pino';
import { MIGRATIONS } from '../../migrations/index.js';
import { BoundedClient } from './bounded-client.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export interface DatabaseSettings {
  url: string;
  poolSize: number;
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  /** Longest wait for a pooled connection; default 10 s (the CLIs). */
  poolWaitMs?: number;
  /**
   * Client-side bound on every query (pg's `query_timeout`). Only the app's request pool
   * sets it: the migration runner waits for other instances' migrations without a bound.
   */
  queryTimeoutMs?: number;
}

export type EntityList = NonNullable<DataSourceOptions['entities']>;

/**
 * The one description of Akatemia's database, shared by the app, the CLI and the tests. The
 * entities come from the caller (`src/app.entities.ts`): the database layer knows no feature.
 * A data source that only runs migrations may leave them out.
 */
export function buildDataSourceOptions(
  settings: DatabaseSettings,
  logger?: Logger,
  entities: EntityList = [],
): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities,
    // Classes, not a glob: the same list in the build, the CLI and the tests.
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension, no superuser needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    poolSize: settings.poolSize,
    applicationName: 'akatemia',
    extra: {
      // Every session gets bounded waits: a runaway query or a held lock answers with an
      // error instead of piling up requests.
      statement_timeout: settings.statementTimeoutMs,
      lock_timeout: settings.lockTimeoutMs,
      idle_in_transaction_session_timeout: Math.max(settings.statementTimeoutMs * 2, 60000),
      connectionTimeoutMillis: settings.poolWaitMs ?? 10000,
      ...(settings.queryTimeoutMs === undefined
        ? {}
        : { query_timeout: settings.queryTimeoutMs, Client: BoundedClient }),
    },
    // A broken idle connection must never crash the process; the pool replaces it.
    poolErrorHandler: (error: Error) =>
      logger?.warn({ err: error }, 'A pooled database connection failed; it was discarded'),
  };
}
