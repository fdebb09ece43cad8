import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AcademiesAdminService } from './academies-admin.service.js';
import { AcademiesResolver } from './academies.resolver.js';
import { AcademiesService } from './academies.service.js';
import { AcademySettingsEvents } from './academy-settings-events.js';
import { AcademyEntity } from './entities/academy.entity.js';
import { CreateNextEditionUseCase } from './editions/create-next-edition.usecase.js';
import { EditionCopiers } from './editions/edition-copiers.js';
import { NextEditionResolver } from './editions/next-edition.resolver.js';

/**
 * Owns `academies`. `Academy.events` is resolved by the timeline feature; the modules that own
 * an academy's other data register their part of `createNextEdition` with `EditionCopiers`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([AcademyEntity]), AuditModule],
  providers: [
    AcademiesResolver,
    AcademiesService,
    AcademiesAdminService,
    AcademySettingsEvents,
    EditionCopiers,
    CreateNextEditionUseCase,
    NextEditionResolver,
  ],
  exports: [AcademiesService, AcademySettingsEvents, EditionCopiers, CreateNextEditionUseCase],
})
export class AcademiesModule {}
