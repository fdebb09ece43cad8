import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataRegistry,
  type ExportedRecords,
  type PersonalDataExporter,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { participantsOfPersonSql } from '../cohort/cohort.sql.js';

type Row = Record<string, unknown>;

/**
 * The attendance feature's part of a data export (docs/privacy.md): the events a person was
 * recorded at, through their team participant rows; the organisation's export has its whole
 * team's attendance. Who recorded it (staff) is left out; a staff member's own export does not
 * list the attendance they recorded (that would be other people's records).
 */
@Injectable()
export class AttendanceDataExport implements PersonalDataExporter, OnModuleInit {
  readonly name = 'attendance';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerExporter(this);
  }

  async exportPerson(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<ExportedRecords> {
    const attendances = await manager.query<Row[]>(
      `SELECT event_id, participant_id, academy_id, organisation_id, recorded_at
        FROM event_attendances WHERE participant_id IN ${participantsOfPersonSql('$1', '$2')}
        ORDER BY recorded_at, event_id`,
      [subject.userId, subject.email],
    );
    return { 'event-attendances': attendances };
  }

  async exportOrganisation(
    manager: EntityManager,
    organisationId: string,
  ): Promise<ExportedRecords> {
    const attendances = await manager.query<Row[]>(
      `SELECT event_id, participant_id, academy_id, recorded_at FROM event_attendances
        WHERE organisation_id = $1 ORDER BY recorded_at, event_id, participant_id`,
      [organisationId],
    );
    return { 'event-attendances': attendances };
  }
}
