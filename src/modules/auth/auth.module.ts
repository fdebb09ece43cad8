import { Module } from '@nestjs/common';
import { AuthErasure } from './auth-erasure.js';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { PrincipalResolver } from '../../common/auth/principal-resolver.js';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { RateLimitsModule } from '../rate-limits/rate-limits.module.js';
import { AuthDataExport } from './auth-data-export.js';
import { UsersModule } from '../users/users.module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { BrowserSessionCookie } from './browser-session-cookie.js';
import { SessionEntity } from './entities/session.entity.js';
import { CredentialsCleanupService } from './credentials-cleanup.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([SessionEntity]),
    AuditModule,
    MailModule,
    OrganisationsModule,
    RateLimitsModule,
    UsersModule,
  ],
  providers: [
    AuthService,
    AuthDataExport,
    CredentialsCleanupService,
    AuthErasure,
    AuthResolver,
    BrowserSessionCookie,
    // The guard (common/) asks this feature who is behind a session token.
    { provide: PrincipalResolver, useExisting: AuthService },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
