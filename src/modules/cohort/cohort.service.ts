import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import { CohortMemberEntity } from './entities/cohort-member.entity.js';

/**
 * The organisations selected into each academy's cohort. Selection writes here; other
 * features ask through this service (or, on hot SQL paths, through `cohort.sql.ts`).
 * `isCohortOrganisation` and `organisationsOf` are the API the coming selection, sparring
 * and alumni features read the cohort through.
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

  isCohortOrganisation(
    academyId: string,
    organisationId: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    return this.repository(manager).existsBy({ academyId, organisationId });
  }

  /** The ids of the organisations in the academy's cohort. */
  async organisationsOf(academyId: string, manager?: EntityManager): Promise<string[]> {
    const rows = await this.repository(manager).find({
      where: { academyId },
      select: { organisationId: true },
    });
    return rows.map((row) => row.organisationId);
  }

  /** Which of these academies each organisation took part in: academy ids per organisation. */
  academiesOfOrganisations(
    organisationIds: readonly string[],
    academyIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, Set<string>>> {
    if (academyIds.length === 0) return Promise.resolve(new Map<string, Set<string>>());
    return this.academiesByOrganisation(organisationIds, academyIds, manager);
  }

  /** Every academy each organisation was in the cohort of: academy ids per organisation. */
  cohortAcademiesOf(
    organisationIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, Set<string>>> {
    return this.academiesByOrganisation(organisationIds, null, manager);
  }

  private async academiesByOrganisation(
    organisationIds: readonly string[],
    academyIds: readonly string[] | null,
    manager?: EntityManager,
  ): Promise<Map<string, Set<string>>> {
    const result = new Map<string, Set<string>>();
    if (organisationIds.length === 0) return result;
    const rows = await this.repository(manager).find({
      where: {
        organisationId: In([...organisationIds]),
        ...(academyIds ? { academyId: In([...academyIds]) } : {}),
      },
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
