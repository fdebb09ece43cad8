import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import { CohortMemberEntity } from './entities/cohort-member.entity.js';

/**
 * The organisations selected into each academy's cohort. Selection writes here; other
 * features ask through this service (or, on hot SQL paths, through `cohort.sql.ts`).
 */
@Injectable()
export class CohortService {
  constructor(
    @InjectRepository(CohortMemberEntity)
    private readonly members: Repository<CohortMemberEntity>,
  ) {}

  private repository(manager?: EntityManager): Repository<CohortMemberEntity> {
    return manager ? manager.getRepository(CohortMemberEntity) : this.members;
  }

  /** Every academy each organisation was in the cohort of: academy ids per organisation. */
  async cohortAcademiesOf(
    organisationIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, Set<string>>> {
    const result = new Map<string, Set<string>>();
    if (organisationIds.length === 0) return result;
    const rows = await this.repository(manager).find({
      where: { organisationId: In([...organisationIds]) },
      select: { organisationId: true, academyId: true },
    });
    for (const row of rows) {
      const academies = result.get(row.organisationId) ?? new Set<string>();
      academies.add(row.academyId);
      result.set(row.organisationId, academies);
    }
    return result;
  }
}
