import { Inject, Injectable, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { ROOT_LOGGER } from '../common/logging/logging.module.js';
import { buildDataSourceOptions, type EntityList } from './data-source-options.js';
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

/** The one DataSource. The entities come from the app (src/app.entities.ts). */
@Module({})
export class DatabaseModule {
  static forRoot(options: { entities: EntityList }): DynamicModule {
    return {
      module: DatabaseModule,
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
                options.entities,
              ),
              // Fail fast at start-up instead of retrying for half a minute.
              retryAttempts: 2,
              retryDelay: 1000,
            };
          },
        }),
      ],
      providers: [MigrationRunner],
    };
  }
}
