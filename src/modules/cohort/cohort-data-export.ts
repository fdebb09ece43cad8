import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataRegistry,
  type ExportedRecords,
  type PersonalDataExporter,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { participantsOfPersonSql } from './cohort.sql.js';
import { participantAddressesOf } from './participant-addresses.js';

type Row = Record<string, unknown>;

/**
 * The cohort feature's part of a data export (docs/privacy.md): a person's team participant
 * rows (tied to their account or with their sign-in address; name, address, roles, when they
 * left). The organisation's export has its cohort places and its whole team list, which its
 * contacts manage and see anyway.
 */
@Injectable()
export class CohortDataExport implements PersonalDataExporter, OnModuleInit {
  readonly name = 'cohort';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerExporter(this);
  }

  /** A work address on their own team row: the mail exporter finds what went there too. */
  addressesOf(manager: EntityManager, subject: PersonalDataSubject): Promise<string[]> {
    return participantAddressesOf(manager, subject.userId);
  }

  async exportPerson(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<ExportedRecords> {
    const participants = await manager.query<Row[]>(
      `SELECT id, academy_id, organisation_id, name, email, role, team_role, left_at, created_at
        FROM cohort_participants WHERE id IN ${participantsOfPersonSql('$1', '$2')}
        ORDER BY created_at, id`,
      [subject.userId, subject.email],
    );
    return { 'cohort-participants': participants };
  }

  async exportOrganisation(
    manager: EntityManager,
    organisationId: string,
  ): Promise<ExportedRecords> {
    const places = await manager.query<Row[]>(
      `SELECT academy_id, joined_at FROM cohort_members WHERE organisation_id = $1
        ORDER BY joined_at, academy_id`,
      [organisationId],
    );
    const participants = await manager.query<Row[]>(
      `SELECT id, academy_id, name, email, role, team_role, left_at, created_at
        FROM cohort_participants WHERE organisation_id = $1 ORDER BY created_at, id`,
      [organisationId],
    );
    return { 'cohort-places': places, 'cohort-participants': participants };
  }
}
