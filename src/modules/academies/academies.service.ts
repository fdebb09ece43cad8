import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository } from 'typeorm';
import { AcademyEntity, AcademyStatus } from './entities/academy.entity.js';

@Injectable()
export class AcademiesService {
  constructor(
    @InjectRepository(AcademyEntity) private readonly academies: Repository<AcademyEntity>,
  ) {}

  /** Academies the public may see: everything but drafts, newest application window first. */
  listPublic(): Promise<AcademyEntity[]> {
    return this.academies.find({
      where: { status: Not(AcademyStatus.DRAFT) },
      order: { applicationOpensAt: 'DESC', slug: 'ASC' },
    });
  }

  /** A published academy by slug; an unknown or unpublished slug is simply absent. */
  findPublicBySlug(slug: string): Promise<AcademyEntity | null> {
    return this.academies.findOne({ where: { slug, status: Not(AcademyStatus.DRAFT) } });
  }
}
