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

/** The organisation's pilots, as a sub-select over `tracked_actions` (`$1`: its id). */
const PILOTS_OF_ORGANISATION = `(SELECT ota.id FROM tracked_actions ota WHERE ota.organisation_id = $1)`;

const TASK_COLUMNS = `id, tracked_action_id, title, due_date, done_at, agreed_action_id,
  created_at, updated_at`;
const OUTCOME_REPORT_COLUMNS = `id, academy_id, tracked_action_id, procured, criteria_text,
  lessons, permission_to_publish, submitted_at, created_at, updated_at`;

/**
 * The follow-up feature's part of a data export (docs/privacy.md). A person's export has what
 * they wrote or own: progress updates and comments they wrote, tasks they own (by account or
 * as a team participant), stage changes they made, outcome reports they edited or submitted,
 * and the follow-up reminders sent to them. Measurements record no author, so they are in the
 * organisation's export only, which has the whole of its pilots: the pilot, its milestones,
 * tasks, stage history, updates with their comments, metrics with measurements, measures,
 * publication consent and outcome reports. Authors are left out of the organisation's export
 * (ids of people, not the organisation's data).
 */
@Injectable()
export class FollowUpDataExport implements PersonalDataExporter, OnModuleInit {
  readonly name = 'follow-up';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerExporter(this);
  }

  async exportPerson(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<ExportedRecords> {
    const query = (sql: string, parameters: unknown[] = [subject.userId]) =>
      manager.query<Row[]>(sql, parameters);
    const participants = participantsOfPersonSql('$1', '$2');
    return {
      'progress-updates': await query(
        `SELECT id, tracked_action_id, body, stage_change_id, written_at FROM progress_updates
          WHERE author_id = $1 ORDER BY written_at, id`,
      ),
      'update-comments': await query(
        `SELECT id, progress_update_id, body, written_at FROM update_comments
          WHERE author_id = $1 ORDER BY written_at, id`,
      ),
      'tracked-action-tasks': await query(
        `SELECT ${TASK_COLUMNS} FROM tracked_action_tasks
          WHERE owner_user_id = $1 OR owner_participant_id IN ${participants}
          ORDER BY created_at, id`,
        [subject.userId, subject.email],
      ),
      'tracked-action-stage-changes': await query(
        `SELECT id, tracked_action_id, from_stage, to_stage, changed_at
          FROM tracked_action_stage_changes WHERE changed_by_id = $1 ORDER BY changed_at, id`,
      ),
      'outcome-reports': await query(
        `SELECT ${OUTCOME_REPORT_COLUMNS} FROM outcome_reports
          WHERE updated_by = $1 OR submitted_by = $1 ORDER BY created_at, id`,
      ),
      'follow-up-reminders': await query(
        `SELECT id, kind, tracked_action_id, task_id, period_date, created_at
          FROM follow_up_reminders WHERE recipient_participant_id IN ${participants}
          ORDER BY created_at, id`,
        [subject.userId, subject.email],
      ),
    };
  }

  async exportOrganisation(
    manager: EntityManager,
    organisationId: string,
  ): Promise<ExportedRecords> {
    const query = (sql: string) => manager.query<Row[]>(sql, [organisationId]);
    return {
      'tracked-actions': await query(
        `SELECT id, academy_id, kind, category, stage, declared_on_schedule, title_fi, title_sv,
            title_en, description_fi, description_sv, description_en, official_description_fi,
            official_description_sv, official_description_en, created_at, updated_at
          FROM tracked_actions WHERE organisation_id = $1 ORDER BY created_at, id`,
      ),
      'tracked-action-milestones': await query(
        `SELECT id, tracked_action_id, kind, planned_date, done_at, title_fi, title_sv, title_en
          FROM tracked_action_milestones WHERE tracked_action_id IN ${PILOTS_OF_ORGANISATION}
          ORDER BY planned_date, id`,
      ),
      'tracked-action-tasks': await query(
        `SELECT ${TASK_COLUMNS}, owner_participant_id FROM tracked_action_tasks
          WHERE tracked_action_id IN ${PILOTS_OF_ORGANISATION} ORDER BY created_at, id`,
      ),
      'tracked-action-stage-changes': await query(
        `SELECT id, tracked_action_id, from_stage, to_stage, changed_at
          FROM tracked_action_stage_changes WHERE tracked_action_id IN ${PILOTS_OF_ORGANISATION}
          ORDER BY changed_at, id`,
      ),
      'progress-updates': await query(
        `SELECT id, tracked_action_id, body, stage_change_id, written_at FROM progress_updates
          WHERE tracked_action_id IN ${PILOTS_OF_ORGANISATION} ORDER BY written_at, id`,
      ),
      'update-comments': await query(
        `SELECT c.id, c.progress_update_id, c.body, c.written_at FROM update_comments c
          JOIN progress_updates u ON u.id = c.progress_update_id
          WHERE u.tracked_action_id IN ${PILOTS_OF_ORGANISATION} ORDER BY c.written_at, c.id`,
      ),
      'tracked-action-metrics': await query(
        `SELECT id, tracked_action_id, name, unit, baseline, target, position
          FROM tracked_action_metrics WHERE tracked_action_id IN ${PILOTS_OF_ORGANISATION}
          ORDER BY tracked_action_id, position, id`,
      ),
      'metric-measurements': await query(
        `SELECT id, tracked_action_id, metric_id, measured_on, value, note FROM metric_measurements
          WHERE tracked_action_id IN ${PILOTS_OF_ORGANISATION} ORDER BY measured_on, id`,
      ),
      'tracked-action-measures': await query(
        `SELECT id, tracked_action_id, measure_id, status, note, criterion_text
          FROM tracked_action_measures WHERE tracked_action_id IN ${PILOTS_OF_ORGANISATION}
          ORDER BY tracked_action_id, id`,
      ),
      'tracked-action-publications': await query(
        `SELECT tracked_action_id, published_at FROM tracked_action_publications
          WHERE tracked_action_id IN ${PILOTS_OF_ORGANISATION} ORDER BY published_at`,
      ),
      'outcome-reports': await query(
        `SELECT ${OUTCOME_REPORT_COLUMNS},
            COALESCE((SELECT jsonb_agg(m.measure_id ORDER BY m.measure_id) FROM outcome_report_measures m
              WHERE m.outcome_report_id = r.id), '[]'::jsonb) AS measure_ids,
            COALESCE((SELECT jsonb_agg(jsonb_build_object('metric_id', x.metric_id, 'final_value', x.final_value)
                ORDER BY x.metric_id) FROM outcome_report_metrics x
              WHERE x.outcome_report_id = r.id), '[]'::jsonb) AS metrics
          FROM outcome_reports r WHERE r.tracked_action_id IN ${PILOTS_OF_ORGANISATION}
          ORDER BY r.created_at, r.id`,
      ),
    };
  }
}
