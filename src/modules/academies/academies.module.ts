import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { TimelineModule } from '../timeline/timeline.module.js';
import { AcademiesAdminService } from './academies-admin.service.js';
import { AcademiesResolver } from './academies.resolver.js';
import { AcademiesService } from './academies.service.js';
import { AcademyEntity } from './entities/academy.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([AcademyEntity]), AuditModule, TimelineModule],
  providers: [AcademiesResolver, AcademiesService, AcademiesAdminService],
  exports: [AcademiesService],
})
export class AcademiesModule {}
