import type { DataSource } from 'typeorm';
import { CohortParticipantRole } from '../../src/modules/cohort/cohort.enums.js';
import { CohortMemberEntity } from '../../src/modules/cohort/entities/cohort-member.entity.js';
import { CohortParticipantEntity } from '../../src/modules/cohort/entities/cohort-participant.entity.js';

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

/** A person on an organisation's cohort team, straight in the database (as a confirmation writes it). */
export async function addCohortParticipant(
  dataSource: DataSource,
  academy: { id: string },
  organisation: { id: string },
  person: { name?: string; email: string; role?: CohortParticipantRole; userId?: string | null },
): Promise<CohortParticipantEntity> {
  const repository = dataSource.getRepository(CohortParticipantEntity);
  return repository.save(
    repository.create({
      academyId: academy.id,
      organisationId: organisation.id,
      name: person.name ?? 'Tiimin Jäsen',
      email: person.email.toLowerCase(),
      role: person.role ?? CohortParticipantRole.EXPERT,
      teamRole: null,
      userId: person.userId ?? null,
      leftAt: null,
    }),
  );
}
