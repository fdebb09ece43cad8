import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { ROOT_LOGGER } from '../common/logging/logging.module.js';
import { buildDataSourceOptions } from './data-source-options.js';
import { migrateUnderLock } from './migrate.js';

/** Brings the schema up to date before the app takes its first request. */
@Injectable()
export class MigrationRunner implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): Promise<void> {
    return migrateUnderLock(this.dataSource, this.logger);
  }
}

@Module({
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
            },
            logger,
          ),
          // Fail fast at start-up instead of retrying for half a minute.
          retryAttempts: 2,
          retryDelay: 1000,
        };
      },
    }),
  ],
  providers: [MigrationRunner],
})
export class DatabaseModule {}
