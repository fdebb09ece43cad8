import { Module } from '@nestjs/common';
import { OrganisationsErasure } from './organisations-erasure.js';
import { OrganisationSeedService } from './organisation-seed.service.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { MailModule } from '../mail/mail.module.js';
import { RateLimitsModule } from '../rate-limits/rate-limits.module.js';
import { UsersModule } from '../users/users.module.js';
import { InvitationEntity } from './entities/invitation.entity.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { OrganisationEntity } from './entities/organisation.entity.js';
import { OrganisationMembershipsService } from './organisation-memberships.service.js';
import { OrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsLoaders } from './organisations.loaders.js';
import { OrganisationsDataExport } from './organisations-data-export.js';
import { OrganisationsService } from './organisations.service.js';

/** Owns `organisations`, `memberships` and `invitations`. */
@Module({
  imports: [
    TypeOrmModule.forFeature([OrganisationEntity, MembershipEntity, InvitationEntity]),
    AuditModule,
    MailModule,
    RateLimitsModule,
    UsersModule,
  ],
  providers: [
    OrganisationSeedService,
    OrganisationsService,
    OrganisationsErasure,
    OrganisationMembershipsService,
    OrganisationsResolver,
    OrganisationsDataExport,
    OrganisationsLoaders,
  ],
  exports: [OrganisationSeedService, OrganisationsService, OrganisationMembershipsService],
})
export class OrganisationsModule {}
