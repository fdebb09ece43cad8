import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataRegistry,
  type ExportedRecords,
  type PersonalDataExporter,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { participantsOfPersonSql } from '../cohort/cohort.sql.js';
import {
  bookingsMadeBySql,
  bookingsOfOrganisationSql,
} from '../consultations/consultation-booking.sql.js';

type Row = Record<string, unknown>;

const ACTION_COLUMNS = `id, booking_id, academy_id, organisation_id, title, due_date, task_id,
  created_at, updated_at`;

/**
 * The sparring feature's part of a data export (docs/privacy.md). Summaries and agreed actions
 * are shown to the organisation, so nothing here is staff-only. A person's export has the
 * summaries they recorded (experts) or of the appointments they booked, and the agreed actions
 * they wrote or that are theirs to do (as a team participant); the organisation's export has
 * every summary and agreed action of its appointments.
 */
@Injectable()
export class SparringDataExport implements PersonalDataExporter, OnModuleInit {
  readonly name = 'sparring';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerExporter(this);
  }

  async exportPerson(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<ExportedRecords> {
    const summaries = await manager.query<Row[]>(
      `SELECT booking_id, summary, created_at, updated_at FROM appointment_summaries
        WHERE recorded_by_id = $1 OR booking_id IN ${bookingsMadeBySql('$1')}
        ORDER BY created_at, booking_id`,
      [subject.userId],
    );
    const actions = await manager.query<Row[]>(
      `SELECT ${ACTION_COLUMNS} FROM agreed_actions
        WHERE created_by_id = $1 OR owner_participant_id IN ${participantsOfPersonSql('$1', '$2')}
        ORDER BY created_at, id`,
      [subject.userId, subject.email],
    );
    return { 'appointment-summaries': summaries, 'agreed-actions': actions };
  }

  async exportOrganisation(
    manager: EntityManager,
    organisationId: string,
  ): Promise<ExportedRecords> {
    const summaries = await manager.query<Row[]>(
      `SELECT booking_id, summary, created_at, updated_at FROM appointment_summaries
        WHERE booking_id IN ${bookingsOfOrganisationSql('$1')} ORDER BY created_at, booking_id`,
      [organisationId],
    );
    const actions = await manager.query<Row[]>(
      `SELECT ${ACTION_COLUMNS}, owner_participant_id FROM agreed_actions
        WHERE organisation_id = $1 ORDER BY created_at, id`,
      [organisationId],
    );
    return { 'appointment-summaries': summaries, 'agreed-actions': actions };
  }
}
