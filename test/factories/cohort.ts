import type { DataSource } from 'typeorm';
import { CohortMemberEntity } from '../../src/modules/cohort/entities/cohort-member.entity.js';

/**
 * Puts an organisation in an academy's cohort. Straight in the database: no API selects
 * a cohort yet (selection arrives later, through the cohort module).
 */
export async function addCohortMember(
  dataSource: DataSource,
  academy: { id: string },
  organisation: { id: string },
): Promise<void> {
  await dataSource
    .getRepository(CohortMemberEntity)
    .insert({ academyId: academy.id, organisationId: organisation.id });
}
