import { Inject, Injectable, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { ROOT_LOGGER } from '../common/logging/logging.module.js';
import { buildDataSourceOptions, type EntityList } from './data-source-options.js';
import { ContendedTransactions } from './contended-transactions.js';
import { JOB_QUEUE_CLOCK, JobQueue, type JobClock } from './job-queue.js';
import { migrateUnderLock } from './migrate.js';

/**
 * Brings the schema up to date before the app takes its first request, on a connection of
 * its own: waiting for another instance's migrations (the advisory lock) is expected and
 * must not be cut by the request pool's client-side query_timeout.
 */
@Injectable()
export class MigrationRunner implements OnModuleInit {
  constructor(
    private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.databaseUrl)
      throw new Error('No database URL: start the embedded database first');
    const dataSource = new DataSource(
      buildDataSourceOptions(
        {
          url: this.config.databaseUrl,
          poolSize: 1,
          statementTimeoutMs: this.config.database.statementTimeoutMs,
          lockTimeoutMs: this.config.database.lockTimeoutMs,
        },
        this.logger,
      ),
    );
    await dataSource.initialize();
    try {
      await migrateUnderLock(dataSource, this.logger);
    } finally {
      await dataSource.destroy();
    }
  }
}

/**
 * The one DataSource the requests use, ContendedTransactions over it and the JobQueue
 * (global: every feature may inject them). The entities come from the app (src/app.entities.ts).
 */
@Module({})
export class DatabaseModule {
  static forRoot(options: { entities: EntityList; jobClock?: JobClock }): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig, ROOT_LOGGER],
          useFactory: (config: AppConfig, logger: Logger) => {
            if (!config.databaseUrl)
              throw new Error('No database URL: start the embedded database first');
            return {
              ...buildDataSourceOptions(
                {
                  url: config.databaseUrl,
                  poolSize: config.database.poolSize,
                  statementTimeoutMs: config.database.statementTimeoutMs,
                  lockTimeoutMs: config.database.lockTimeoutMs,
                  poolWaitMs: config.database.poolWaitMs,
                  queryTimeoutMs: config.database.queryTimeoutMs,
                },
                logger,
                options.entities,
              ),
              // Fail fast at start-up instead of retrying for half a minute.
              retryAttempts: 2,
              retryDelay: 1000,
            };
          },
        }),
      ],
      providers: [
        MigrationRunner,
        ContendedTransactions,
        JobQueue,
        { provide: JOB_QUEUE_CLOCK, useValue: options.jobClock ?? null },
      ],
      exports: [ContendedTransactions, JobQueue],
    };
  }
}
