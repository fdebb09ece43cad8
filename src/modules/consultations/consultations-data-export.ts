import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataRegistry,
  type ExportedRecords,
  type PersonalDataExporter,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { applicationsOfOrganisationSql } from '../applications/application.sql.js';

type Row = Record<string, unknown>;

/** A booking with its slot's time and place, never the expert's notes nor who booked it. */
const BOOKING_COLUMNS = `b.id, b.round_id, b.slot_id, b.application_id, b.seat, b.status,
  b.cancelled_at, b.cancel_reason, b.created_at, s.starts_at, s.ends_at, s.mode, s.place,
  s.online_url`;

/**
 * The consultations feature's part of a data export (docs/privacy.md). A person's export has
 * the appointments they booked (time, place, state, cancel reason) and, for experts, the slots
 * they published and the notes they wrote on their appointments. The expert's notes are
 * staff-only: they are never in the export of whoever booked, nor in the organisation's,
 * which has every appointment of its applications.
 */
@Injectable()
export class ConsultationsDataExport implements PersonalDataExporter, OnModuleInit {
  readonly name = 'consultations';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerExporter(this);
  }

  async exportPerson(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<ExportedRecords> {
    const bookings = await manager.query<Row[]>(
      `SELECT ${BOOKING_COLUMNS} FROM consultation_bookings b
        JOIN consultation_slots s ON s.id = b.slot_id
        WHERE b.booked_by_id = $1 ORDER BY s.starts_at, b.id`,
      [subject.userId],
    );
    const slots = await manager.query<Row[]>(
      `SELECT id, academy_id, round_id, starts_at, ends_at, mode, place, online_url, status
        FROM consultation_slots WHERE expert_id = $1 ORDER BY starts_at, id`,
      [subject.userId],
    );
    const notes = await manager.query<Row[]>(
      `SELECT b.id AS booking_id, b.application_id, s.starts_at, b.notes
        FROM consultation_bookings b JOIN consultation_slots s ON s.id = b.slot_id
        WHERE s.expert_id = $1 AND b.notes IS NOT NULL ORDER BY s.starts_at, b.id`,
      [subject.userId],
    );
    return {
      'consultation-bookings': bookings,
      'consultation-slots': slots,
      'consultation-notes-written': notes,
    };
  }

  async exportOrganisation(
    manager: EntityManager,
    organisationId: string,
  ): Promise<ExportedRecords> {
    const bookings = await manager.query<Row[]>(
      `SELECT ${BOOKING_COLUMNS} FROM consultation_bookings b
        JOIN consultation_slots s ON s.id = b.slot_id
        WHERE b.application_id IN ${applicationsOfOrganisationSql('$1')}
        ORDER BY s.starts_at, b.id`,
      [organisationId],
    );
    return { 'consultation-bookings': bookings };
  }
}
