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
import { participantAddressesOf } from './participant-addresses.js';

/**
 * A cohort organisation (hasActiveCohortPlaceSql) needs a contact: its only contact cannot
 * erase their account before naming another (ONLY_CONTACT). The person's team rows stay —
 * attendance, agreed actions and tasks point at them — with the pseudonym as the name and a
 * pseudonymous address of the row's own: one person may have two rows in a team (one linked to
 * the account, one added under another address of theirs), and the team's one-address rule
 * (uq_cohort_participants_email) must still hold for both.
 */
@Injectable()
export class CohortErasure implements PersonalDataEraser, OnModuleInit {
  readonly name = 'cohort';
  // Changed by the account or the exact address; a namesake's team row keeps its name.
  readonly identityColumns = [
    { table: 'cohort_participants', column: 'name' },
    { table: 'cohort_participants', column: 'email' },
  ];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerEraser(this);
  }

  /**
   * A work address on their own team row, where the team's mail went: the mail, invitation and
   * token erasers treat it as theirs too (asked before this eraser pseudonymises the rows).
   */
  addressesOf(manager: EntityManager, subject: PersonalDataSubject): Promise<string[]> {
    return participantAddressesOf(manager, subject.userId);
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
    // Linked to the account, or with their address but never linked (added before they signed
    // up): both are theirs.
    const rows = await participants.find({
      select: { id: true },
      where: [{ userId: subject.userId }, { email: subject.email }],
    });
    for (const row of rows) {
      await participants.update(
        { id: row.id },
        { name: pseudonym, email: pseudonymousEmail(row.id), userId: subject.userId },
      );
    }
    return { cohort_participants: rows.length };
  }
}
