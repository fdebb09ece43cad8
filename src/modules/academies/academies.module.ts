import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AcademiesResolver } from './academies.resolver';
import { AcademiesService } from './academies.service';
import { AcademyEntity } from './entities/academy.entity';

@Module({
  imports: [TypeOrmModule.forFeature([AcademyEntity])],
  providers: [AcademiesResolver, AcademiesService],
  exports: [AcademiesService],
})
export class AcademiesModule {}
