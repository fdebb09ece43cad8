import type { EntityManager } from 'typeorm';
import { CohortParticipantEntity } from './entities/cohort-participant.entity.js';

/**
 * The addresses on the person's own team rows (linked to their account): a row may be listed
 * under a work address, and the team's mail (sparring outcomes, reminders) goes there. The
 * cohort feature's answer to the privacy port's `addressesOf`, for its eraser and exporter.
 */
export async function participantAddressesOf(
  manager: EntityManager,
  userId: string,
): Promise<string[]> {
  const rows = await manager
    .getRepository(CohortParticipantEntity)
    .find({ select: { email: true }, where: { userId } });
  return rows.map((row) => row.email);
}
