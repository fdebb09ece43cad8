import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AcademiesResolver } from './academies.resolver.js';
import { AcademiesService } from './academies.service.js';
import { AcademyEntity } from './entities/academy.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([AcademyEntity])],
  providers: [AcademiesResolver, AcademiesService],
  exports: [AcademiesService],
})
export class AcademiesModule {}
