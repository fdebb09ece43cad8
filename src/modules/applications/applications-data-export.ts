import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataRegistry,
  type ExportedRecords,
  type PersonalDataExporter,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { isMemberSql } from '../organisations/membership.sql.js';
import type { ApplicationAnswers } from './application-answers.js';

type Row = Record<string, unknown>;

interface NamingRow {
  id: string;
  academy_id: string;
  organisation_id: string;
  answers: ApplicationAnswers;
}

const APPLICATION_COLUMNS = `a.id, a.academy_id, a.organisation_id, a.status, a.answers, a.version,
  a.submitted_at, a.withdrawn_at, a.created_at, a.updated_at`;

/**
 * The applications feature's part of a data export (docs/privacy.md). An application is the
 * organisation's: the organisation's export has every application with its answers and the
 * new deadlines it was given (not the staff's reason). A person's export has the applications
 * they last wrote to (`updated_by_id`, the one authorship the table records: the first save
 * is in the audit trail, exported by the audit feature) with their answers while they are a
 * member of the organisation (after they left: without answers, `answers` null), and — where an
 * application only names them as its responsible person or team expert — just those entries
 * (`application-mentions`), never the other people named beside them. Admins' export has the
 * extensions they granted. Keys are the columns' names, as docs/privacy.md lists them.
 */
@Injectable()
export class ApplicationsDataExport implements PersonalDataExporter, OnModuleInit {
  readonly name = 'applications';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerExporter(this);
  }

  async exportPerson(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<ExportedRecords> {
    // Full answers (which name the organisation's other people) only while the person is a
    // member of the organisation; after they left, the application without its answers and
    // their own entries among the mentions below.
    const written = await manager.query<Array<Row & { is_member: boolean }>>(
      `SELECT ${APPLICATION_COLUMNS}, ${isMemberSql('$1', 'a.organisation_id')} AS is_member
        FROM applications a WHERE a.updated_by_id = $1
        ORDER BY a.created_at, a.id`,
      [subject.userId],
    );
    const applications = written.map(({ is_member: isMember, ...row }) =>
      isMember ? row : { ...row, answers: null },
    );
    const naming = await manager.query<NamingRow[]>(
      `SELECT a.id, a.academy_id, a.organisation_id, a.answers FROM applications a
        WHERE (a.updated_by_id IS DISTINCT FROM $1 OR NOT ${isMemberSql('$1', 'a.organisation_id')})
          AND (lower(a.answers -> 'team' -> 'responsiblePerson' ->> 'email') = $2
            OR EXISTS (SELECT 1 FROM jsonb_array_elements(
                CASE WHEN jsonb_typeof(a.answers -> 'team' -> 'experts') = 'array'
                  THEN a.answers -> 'team' -> 'experts' ELSE '[]'::jsonb END) expert
              WHERE lower(expert ->> 'email') = $2))
        ORDER BY a.created_at, a.id`,
      [subject.userId, subject.email],
    );
    const mentions = naming.map((row) => {
      const team = row.answers.team;
      const isSubject = (email: string | null | undefined) =>
        (email ?? '').toLowerCase() === subject.email;
      return {
        application_id: row.id,
        academy_id: row.academy_id,
        organisation_id: row.organisation_id,
        responsible_person: isSubject(team?.responsiblePerson?.email)
          ? team?.responsiblePerson
          : null,
        experts: (team?.experts ?? []).filter((expert) => isSubject(expert.email)),
      };
    });
    const extensions = await manager.query<Row[]>(
      `SELECT application_id, until, reason, granted_at FROM deadline_extensions
        WHERE granted_by_id = $1 ORDER BY granted_at, application_id`,
      [subject.userId],
    );
    return {
      applications,
      'application-mentions': mentions,
      'deadline-extensions-granted': extensions,
    };
  }

  async exportOrganisation(
    manager: EntityManager,
    organisationId: string,
  ): Promise<ExportedRecords> {
    const applications = await manager.query<Row[]>(
      `SELECT ${APPLICATION_COLUMNS} FROM applications a WHERE a.organisation_id = $1
        ORDER BY a.created_at, a.id`,
      [organisationId],
    );
    const extensions = await manager.query<Row[]>(
      `SELECT e.application_id, e.until, e.granted_at FROM deadline_extensions e
        JOIN applications a ON a.id = e.application_id
        WHERE a.organisation_id = $1 ORDER BY e.granted_at, e.application_id`,
      [organisationId],
    );
    return { applications, 'deadline-extensions': extensions };
  }
}
