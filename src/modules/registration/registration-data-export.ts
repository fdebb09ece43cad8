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
 * The registration feature's part of a data export (docs/privacy.md): a person's event
 * registrations (registered or waitlisted, seat, promotion, cancellation). A registration is
 * the person's, not their organisation's: the organisation's export has none.
 */
@Injectable()
export class RegistrationDataExport implements PersonalDataExporter, OnModuleInit {
  readonly name = 'registration';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerExporter(this);
  }

  async exportPerson(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<ExportedRecords> {
    const registrations = await manager.query<Row[]>(
      `SELECT id, event_id, status, arrival, seat_no, promoted_at, cancelled_at, created_at
        FROM event_registrations WHERE user_id = $1 ORDER BY created_at, id`,
      [subject.userId],
    );
    return { 'event-registrations': registrations };
  }
}
