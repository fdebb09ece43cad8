import { Module } from '@nestjs/common';
import { UsersErasure } from './users-erasure.js';
import { UserSeedService } from './user-seed.service.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { UserEntity } from './entities/user.entity.js';
import { UsersLoaders } from './users.loaders.js';
import { UsersResolver } from './users.resolver.js';
import { UsersDataExport } from './users-data-export.js';
import { UsersService } from './users.service.js';
import { RoleEvents } from './role-events.js';

/** Owns `users`. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), AuditModule],
  providers: [
    UserSeedService,
    UsersErasure,
    UsersService,
    UsersResolver,
    UsersLoaders,
    RoleEvents,
    UsersDataExport,
  ],
  exports: [UserSeedService, UsersService, RoleEvents],
})
export class UsersModule {}
