import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { SessionEntity } from './entities/session.entity.js';
import { CredentialsCleanupService } from './credentials-cleanup.service.js';
import { RateLimitService } from './rate-limit.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([SessionEntity]),
    AuditModule,
    MailModule,
    OrganisationsModule,
  ],
  providers: [
    AuthService,
    RateLimitService,
    CredentialsCleanupService,
    AuthResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
