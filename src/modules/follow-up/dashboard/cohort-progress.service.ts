import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { localizedFromRow } from '../../../common/i18n/localized-text.js';
import { Clock } from '../../../common/time/clock.js';
import { localIso } from '../../../common/time/zoned-time.js';
import { AcademiesService } from '../../academies/academies.service.js';
import { csvLine, type CsvDelimiter } from '../../applications/csv-cell.js';
import type { CsvFile } from '../../applications/application-export.service.js';
import { joinOrganisationSql } from '../../organisations/organisation.sql.js';
import { MeasureStatus } from '../follow-up-measures.enums.js';
import { TrackedActionKind, TrackedActionStage } from '../follow-up.enums.js';
import { localDateOf } from '../schedule.js';
import type { CohortPilotProgressModel } from './cohort-progress.model.js';

interface Row {
  id: string;
  organisation_id: string;
  organisation_name: string;
  title_fi: string;
  title_sv: string | null;
  title_en: string | null;
  stage: TrackedActionStage;
  declared_on_schedule: boolean;
  overdue_task_count: number;
  overdue_milestone: boolean;
  last_update_at: Date | null;
  applied_measure_keys: string[];
}

/**
 * The per-pilot statement of the cohort dashboard: every figure is a correlated sub-select on
 * an indexed key of the action, so the read is one statement however many pilots, tasks,
 * metrics and updates there are. `$2` is today in the academy's zone.
 */
export const COHORT_PROGRESS_SQL = `SELECT ta.id, ta.organisation_id, o.name AS organisation_name,
    ta.title_fi, ta.title_sv, ta.title_en, ta.stage, ta.declared_on_schedule,
    (SELECT count(*)::int FROM tracked_action_tasks t
     WHERE t.tracked_action_id = ta.id AND t.done_at IS NULL AND t.due_date < $2::date)
      AS overdue_task_count,
    EXISTS (SELECT 1 FROM tracked_action_milestones m
     WHERE m.tracked_action_id = ta.id AND m.done_at IS NULL AND m.planned_date < $2::date)
      AS overdue_milestone,
    (SELECT max(pu.written_at) FROM progress_updates pu WHERE pu.tracked_action_id = ta.id)
      AS last_update_at,
    COALESCE((SELECT array_agg(cm.key ORDER BY cm.position, cm.key)
      FROM tracked_action_measures tm JOIN circular_measures cm ON cm.id = tm.measure_id
      WHERE tm.tracked_action_id = ta.id AND tm.status = $3), '{}') AS applied_measure_keys
  FROM tracked_actions ta ${joinOrganisationSql('o', 'ta.organisation_id')}
  WHERE ta.academy_id = $1 AND ta.kind = $4
  ORDER BY o.name, ta.id`;

export const COHORT_PROGRESS_CSV_HEADER = [
  'organisation',
  'pilot_title',
  'stage',
  'declared_on_schedule',
  'derived_behind',
  'on_schedule',
  'overdue_tasks',
  'last_update',
  'measures_applied',
  'measure_keys',
];

/**
 * The experts' cohort dashboard (issue 15): every pilot of the academy with its stage,
 * declared and derived schedule, overdue tasks, last update and applied measures — two
 * statements in all (the academy, then the pilots), held by a query-count test.
 */
@Injectable()
export class CohortProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly academies: AcademiesService,
    private readonly clock: Clock,
  ) {}

  /** The rows (NOT_FOUND for no academy); callers check the caller is staff. */
  async cohortProgress(academyId: string): Promise<CohortPilotProgressModel[]> {
    const academy = await this.academies.require(academyId);
    return this.rows(academyId, academy.timeZone);
  }

  /** The dashboard as a spreadsheet, following the applications export (BOM, CRLF, quoted). */
  async cohortProgressCsv(academyId: string, delimiter: CsvDelimiter = ','): Promise<CsvFile> {
    const academy = await this.academies.require(academyId);
    const rows = await this.rows(academyId, academy.timeZone);
    const lines = [
      csvLine(COHORT_PROGRESS_CSV_HEADER, delimiter),
      ...rows.map((row) =>
        csvLine(
          [
            row.organisationName,
            row.title.fi,
            row.stage,
            row.declaredOnSchedule ? 'yes' : 'no',
            row.derivedBehind ? 'yes' : 'no',
            row.onSchedule ? 'yes' : 'no',
            row.overdueTaskCount,
            row.lastUpdateAt ? localIso(row.lastUpdateAt, academy.timeZone) : '',
            row.measuresApplied,
            row.appliedMeasureKeys.join(' '),
          ],
          delimiter,
        ),
      ),
    ];
    return {
      filename: `${academy.slug}-cohort-progress.csv`,
      content: `\uFEFF${lines.join('\r\n')}\r\n`,
    };
  }

  private async rows(academyId: string, timeZone: string): Promise<CohortPilotProgressModel[]> {
    const today = localDateOf(this.clock.now(), timeZone);
    const rows = await this.dataSource.query<Row[]>(COHORT_PROGRESS_SQL, [
      academyId,
      today,
      MeasureStatus.APPLIED,
      TrackedActionKind.PILOT_PROCUREMENT,
    ]);
    return rows.map((row) => {
      const derivedBehind = row.overdue_task_count > 0 || row.overdue_milestone;
      return {
        trackedActionId: row.id,
        organisationId: row.organisation_id,
        organisationName: row.organisation_name,
        title: localizedFromRow(row, 'title'),
        stage: row.stage,
        declaredOnSchedule: row.declared_on_schedule,
        derivedBehind,
        onSchedule: row.declared_on_schedule && !derivedBehind,
        overdueTaskCount: row.overdue_task_count,
        lastUpdateAt: row.last_update_at,
        measuresApplied: row.applied_measure_keys.length,
        appliedMeasureKeys: row.applied_measure_keys,
      };
    });
  }
}
