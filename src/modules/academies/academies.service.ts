import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, Repository } from 'typeorm';
import { isStaff, type Principal } from '../../common/auth/principal.js';
import { AcademyEntity, AcademyStatus } from './entities/academy.entity.js';

const HIDDEN_FROM_PUBLIC = [AcademyStatus.DRAFT, AcademyStatus.ARCHIVED];

@Injectable()
export class AcademiesService {
  constructor(
    @InjectRepository(AcademyEntity) private readonly academies: Repository<AcademyEntity>,
  ) {}

  /**
   * Published academies, newest application window first. Admins and experts also see
   * drafts and archived ones.
   */
  list(principal: Principal | null): Promise<AcademyEntity[]> {
    return this.academies.find({
      where: isStaff(principal) ? {} : { status: Not(In(HIDDEN_FROM_PUBLIC)) },
      order: { applicationOpensAt: 'DESC', slug: 'ASC' },
    });
  }

  /** An academy by slug; unknown, or unpublished for this caller, is simply absent. */
  findBySlug(principal: Principal | null, slug: string): Promise<AcademyEntity | null> {
    return this.academies.findOne({
      where: isStaff(principal) ? { slug } : { slug, status: Not(In(HIDDEN_FROM_PUBLIC)) },
    });
  }
}
