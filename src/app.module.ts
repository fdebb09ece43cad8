import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { AppExceptionFilter } from './common/errors/exception.filter';
import { InputValidationPipe } from './common/errors/input-validation.pipe';
import { buildGraphqlOptions } from './common/graphql/graphql-options';
import { HealthModule } from './common/health/health.module';
import { LocalizedTextResolver } from './common/i18n/localized-text.model';
import { LoggingModule } from './common/logging/logging.module';
import type { Clock } from './common/time/clock';
import { TimeModule } from './common/time/time.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { AcademiesModule } from './modules/academies/academies.module';
import { DemoModule } from './modules/demo/demo.module';

export interface AppModuleOptions {
  config: AppConfig;
  logger: Logger;
  /** Replaces the system clock; tests move time with a FixedClock. */
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot({ config, logger, clock }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        TimeModule.forRoot(clock),
        DatabaseModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...buildGraphqlOptions(config),
        }),
        HealthModule,
        AcademiesModule,
        DemoModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
        LocalizedTextResolver,
      ],
    };
  }
}
