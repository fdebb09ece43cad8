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
 * The workshop feature's part of a data export (docs/privacy.md): the assignment completions
 * a person marked (answer, link); the organisation's export has all of its completions.
 * Materials, assignments and recorded outcomes are the academy's programme content (no author
 * is recorded): not personal, not exported.
 */
@Injectable()
export class WorkshopDataExport implements PersonalDataExporter, OnModuleInit {
  readonly name = 'workshop';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerExporter(this);
  }

  async exportPerson(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<ExportedRecords> {
    const completions = await manager.query<Row[]>(
      `SELECT id, assignment_id, organisation_id, answer, link, done_at
        FROM assignment_completions WHERE done_by_id = $1 ORDER BY done_at, id`,
      [subject.userId],
    );
    return { 'assignment-completions': completions };
  }

  async exportOrganisation(
    manager: EntityManager,
    organisationId: string,
  ): Promise<ExportedRecords> {
    const completions = await manager.query<Row[]>(
      `SELECT id, assignment_id, answer, link, done_at FROM assignment_completions
        WHERE organisation_id = $1 ORDER BY done_at, id`,
      [organisationId],
    );
    return { 'assignment-completions': completions };
  }
}
