import { Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager } from 'typeorm';
import { CohortParticipantEntity } from './entities/cohort-participant.entity.js';

/** Writes cohort-team facts for the demo seed (the demo feature never writes them itself). */
@Injectable()
export class CohortSeedService {
  /**
   * Links the academy's team participants to the accounts they signed up with, by their
   * (lower-case) e-mail address; participants already linked are left as they are.
   */
  async linkAccounts(
    manager: EntityManager,
    academyId: string,
    accounts: ReadonlyMap<string, string>,
  ): Promise<void> {
    const repository = manager.getRepository(CohortParticipantEntity);
    const people = await repository.find({
      where: { academyId, userId: IsNull(), email: In([...accounts.keys()]) },
    });
    for (const person of people)
      await repository.update(person.id, { userId: accounts.get(person.email)! });
  }
}
