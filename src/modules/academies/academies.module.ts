import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AcademiesAdminService } from './academies-admin.service.js';
import { AcademiesResolver } from './academies.resolver.js';
import { AcademiesService } from './academies.service.js';
import { AcademySettingsEvents } from './academy-settings-events.js';
import { AcademyEntity } from './entities/academy.entity.js';

/** Owns `academies`. `Academy.events` is resolved by the timeline feature. */
@Module({
  imports: [TypeOrmModule.forFeature([AcademyEntity]), AuditModule],
  providers: [AcademiesResolver, AcademiesService, AcademiesAdminService, AcademySettingsEvents],
  exports: [AcademiesService, AcademySettingsEvents],
})
export class AcademiesModule {}
