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
 * recorded at, through their team participant rows; for staff, how many attendances they
 * recorded per event and organisation (not whose: those are other people's records). The
 * organisation's export has its whole team's attendance; who recorded it is left out.
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
    const recorded = await manager.query<Row[]>(
      `SELECT event_id, academy_id, organisation_id, count(*)::int AS attendances,
          max(recorded_at) AS last_recorded_at
        FROM event_attendances WHERE recorded_by_id = $1
        GROUP BY event_id, academy_id, organisation_id ORDER BY last_recorded_at, event_id`,
      [subject.userId],
    );
    return { 'event-attendances': attendances, 'event-attendances-recorded': recorded };
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
