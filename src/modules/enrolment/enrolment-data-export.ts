import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataRegistry,
  type ExportedRecords,
  type PersonalDataExporter,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';

type Row = Record<string, unknown>;

/**
 * The enrolment feature's part of a data export (docs/privacy.md): the sign-ups to open
 * programmes a person made for an organisation (with the terms they accepted); the
 * organisation's export has all of its sign-ups.
 */
@Injectable()
export class EnrolmentDataExport implements PersonalDataExporter, OnModuleInit {
  readonly name = 'enrolment';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerExporter(this);
  }

  async exportPerson(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<ExportedRecords> {
    const signUps = await manager.query<Row[]>(
      `SELECT id, academy_id, organisation_id, terms_accepted_at, accepted_terms, created_at
        FROM sign_ups WHERE signed_up_by_id = $1 ORDER BY created_at, id`,
      [subject.userId],
    );
    return { 'sign-ups': signUps };
  }

  async exportOrganisation(
    manager: EntityManager,
    organisationId: string,
  ): Promise<ExportedRecords> {
    const signUps = await manager.query<Row[]>(
      `SELECT id, academy_id, terms_accepted_at, accepted_terms, created_at FROM sign_ups
        WHERE organisation_id = $1 ORDER BY created_at, id`,
      [organisationId],
    );
    return { 'sign-ups': signUps };
  }
}
