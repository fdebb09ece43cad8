import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataRegistry,
  type ExportedRecords,
  type PersonalDataExporter,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';

type Row = Record<string, unknown>;

const EVENT_COLUMNS = `e.id, e.academy_id, e.kind, e.status, e.starts_at, e.ends_at, e.mode, e.place,
  e.online_url, e.title_fi, e.title_sv, e.title_en`;

/**
 * The timeline feature's part of a data export (docs/privacy.md): the events a person hosts
 * (time, place, titles); the organisation's export has the events held for it alone (its
 * sparring and follow-up meetings). Other events are the academy's programme, not personal.
 */
@Injectable()
export class TimelineDataExport implements PersonalDataExporter, OnModuleInit {
  readonly name = 'timeline';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerExporter(this);
  }

  async exportPerson(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<ExportedRecords> {
    const hosted = await manager.query<Row[]>(
      `SELECT ${EVENT_COLUMNS} FROM timeline_events e
        JOIN timeline_event_hosts h ON h.event_id = e.id
        WHERE h.user_id = $1 ORDER BY e.starts_at, e.id`,
      [subject.userId],
    );
    return { 'hosted-events': hosted };
  }

  async exportOrganisation(
    manager: EntityManager,
    organisationId: string,
  ): Promise<ExportedRecords> {
    const events = await manager.query<Row[]>(
      `SELECT ${EVENT_COLUMNS} FROM timeline_events e
        WHERE e.audience_organisation_id = $1 ORDER BY e.starts_at, e.id`,
      [organisationId],
    );
    return { 'organisation-events': events };
  }
}
