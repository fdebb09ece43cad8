import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErrorCode } from '../../common/errors/error-code.js';
import {
  PersonalDataRegistry,
  type ErasureBlocker,
  type PersonalDataEraser,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { pseudonymousEmail } from '../../common/privacy/personal-text.js';
import {
  lockContactsOfUserOrganisationsSql,
  soleContactOrganisationsSql,
} from '../organisations/membership.sql.js';
import { hasActiveCohortPlaceSql } from './cohort.sql.js';
import { CohortParticipantEntity } from './entities/cohort-participant.entity.js';

/**
 * A cohort organisation (hasActiveCohortPlaceSql) needs a contact: its only contact cannot
 * erase their account before naming another (ONLY_CONTACT). The person's team rows stay —
 * attendance, agreed actions and tasks point at them — with the pseudonym as the name and the
 * account's pseudonymous address (unique, so the one-address-per-team rule still holds).
 */
@Injectable()
export class CohortErasure implements PersonalDataEraser, OnModuleInit {
  readonly name = 'cohort';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerEraser(this);
  }

  async blockers(manager: EntityManager, subject: PersonalDataSubject): Promise<ErasureBlocker[]> {
    await manager.query(lockContactsOfUserOrganisationsSql('$1'), [subject.userId]);
    const rows: Array<{ id: string; name: string }> = await manager.query(
      soleContactOrganisationsSql('$1', hasActiveCohortPlaceSql),
      [subject.userId],
    );
    return rows.map((row) => ({
      code: ErrorCode.ONLY_CONTACT,
      details: { id: row.id, name: row.name, reason: 'COHORT_PLACE' },
    }));
  }

  async erase(
    manager: EntityManager,
    subject: PersonalDataSubject,
    pseudonym: string,
  ): Promise<Record<string, number>> {
    const participants = manager.getRepository(CohortParticipantEntity);
    const byAccount = await participants.update(
      { userId: subject.userId },
      { name: pseudonym, email: pseudonymousEmail(subject.userId) },
    );
    // Team rows with their address that were never linked to the account (added before they
    // signed up) are theirs too.
    const byAddress = await participants.update(
      { email: subject.email },
      { name: pseudonym, email: pseudonymousEmail(subject.userId), userId: subject.userId },
    );
    return { cohort_participants: (byAccount.affected ?? 0) + (byAddress.affected ?? 0) };
  }
}
