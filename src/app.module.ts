import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { AppExceptionFilter } from './common/filters/exception.filter.js';
import { InputValidationPipe } from './common/errors/input-validation.pipe.js';
import { buildGraphqlOptions } from './common/graphql/graphql-options.js';
import { LoaderRegistry, LoaderRegistryModule } from './common/graphql/loader-registry.js';
import { HealthModule } from './common/health/health.module.js';
import { PersonalDataModule } from './common/privacy/personal-data.js';
import { LocalizedTextResolver } from './common/i18n/localized-text.model.js';
import { ZonedDateTimeResolver } from './common/time/zoned-date-time.model.js';
import { LoggingModule } from './common/logging/logging.module.js';
import type { Clock } from './common/time/clock.js';
import { TimeModule } from './common/time/time.module.js';
import { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { ENTITIES } from './app.entities.js';
import { AcademiesModule } from './modules/academies/academies.module.js';
import { ApplicationsModule } from './modules/applications/applications.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CalendarModule } from './modules/calendar/calendar.module.js';
import type { JobClock } from './database/job-queue.js';
import { SelectionModule } from './modules/selection/selection.module.js';
import { AttendanceModule } from './modules/attendance/attendance.module.js';
import { CohortModule } from './modules/cohort/cohort.module.js';
import { FollowUpModule } from './modules/follow-up/follow-up.module.js';
import { RegistrationModule } from './modules/registration/registration.module.js';
import { ConsultationsModule } from './modules/consultations/consultations.module.js';
import { MailModule } from './modules/mail/mail.module.js';
import { OrganisationsModule } from './modules/organisations/organisations.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { EnrolmentModule } from './modules/enrolment/enrolment.module.js';
import { SparringModule } from './modules/sparring/sparring.module.js';
import { WorkshopModule } from './modules/workshop/workshop.module.js';
import { ProgrammeModule } from './modules/programme/programme.module.js';
import { DemoModule } from './modules/demo/demo.module.js';
import { AlumniModule } from './modules/alumni/alumni.module.js';
import { PrivacyModule } from './modules/privacy/privacy.module.js';

export interface AppModuleOptions {
  config: AppConfig;
  logger: Logger;
  /** Replaces the system clock; tests move time with a FixedClock. */
  clock?: Clock;
  /** Replaces the job queue's clock (database time); tests move it with pg-boss's TestClock. */
  jobClock?: JobClock;
}

@Module({})
export class AppModule {
  static forRoot({ config, logger, clock, jobClock }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        TimeModule.forRoot(clock),
        DatabaseModule.forRoot({ entities: ENTITIES, jobClock }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [LoaderRegistryModule],
          inject: [LoaderRegistry],
          useFactory: (loaders: LoaderRegistry) => buildGraphqlOptions(config, loaders),
        }),
        HealthModule,
        PersonalDataModule,
        AuditModule,
        MailModule,
        AuthModule,
        UsersModule,
        OrganisationsModule,
        AcademiesModule,
        CohortModule,
        AttendanceModule,
        CalendarModule,
        ApplicationsModule,
        ConsultationsModule,
        SelectionModule,
        WorkshopModule,
        RegistrationModule,
        ProgrammeModule,
        SparringModule,
        FollowUpModule,
        AlumniModule,
        PrivacyModule,
        EnrolmentModule,
        DemoModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: AppExceptionFilter },
        LocalizedTextResolver,
        ZonedDateTimeResolver,
      ],
    };
  }
}
