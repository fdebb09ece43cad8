import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ErrorCode } from '../../common/errors/error-code.js';
import {
  PersonalDataRegistry,
  type ErasureBlocker,
  type PersonalDataEraser,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import {
  lockContactsOfUserOrganisationsSql,
  soleContactOrganisationsSql,
} from '../organisations/membership.sql.js';
import { hasActiveApplicationSql } from './application.sql.js';

/**
 * An organisation with an active application (hasActiveApplicationSql) needs a contact: its
 * only contact cannot erase their account before naming another (ONLY_CONTACT). The
 * applications themselves belong to the organisation and stay; the person's name and address
 * in their texts (team members, answers) are replaced by the privacy feature's schema-wide
 * scrub.
 */
@Injectable()
export class ApplicationsErasure implements PersonalDataEraser, OnModuleInit {
  readonly name = 'applications';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerEraser(this);
  }

  async blockers(manager: EntityManager, subject: PersonalDataSubject): Promise<ErasureBlocker[]> {
    await manager.query(lockContactsOfUserOrganisationsSql('$1'), [subject.userId]);
    const rows: Array<{ id: string; name: string }> = await manager.query(
      soleContactOrganisationsSql('$1', hasActiveApplicationSql),
      [subject.userId],
    );
    return rows.map((row) => ({
      code: ErrorCode.ONLY_CONTACT,
      details: { id: row.id, name: row.name, reason: 'ACTIVE_APPLICATION' },
    }));
  }

  erase(): Promise<Record<string, number>> {
    return Promise.resolve({});
  }
}
