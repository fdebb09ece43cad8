import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OutcomeReportEntity } from './outcome-report.entity.js';
import { TrackedActionMetricEntity } from './tracked-action-metric.entity.js';

/**
 * The final value the report gives for one of its pilot's metrics. Both keys carry the pilot
 * (`tracked_action_id`): the database refuses a value for a metric of another pilot.
 */
@Entity({ name: 'outcome_report_metrics' })
export class OutcomeReportMetricEntity {
  @PrimaryColumn('uuid')
  outcomeReportId: string;

  @PrimaryColumn('uuid')
  metricId: string;

  @Column('uuid')
  trackedActionId: string;

  @ManyToOne(() => OutcomeReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'tracked_action_id',
      referencedColumnName: 'trackedActionId',
      foreignKeyConstraintName: 'fk_outcome_report_metrics_report',
    },
    {
      name: 'outcome_report_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_outcome_report_metrics_report',
    },
  ])
  report?: OutcomeReportEntity;

  @ManyToOne(() => TrackedActionMetricEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'tracked_action_id',
      referencedColumnName: 'trackedActionId',
      foreignKeyConstraintName: 'fk_outcome_report_metrics_metric',
    },
    {
      name: 'metric_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_outcome_report_metrics_metric',
    },
  ])
  metric?: TrackedActionMetricEntity;

  /** numeric(14,4), hydrated as a string like the metric's own values. */
  @Column('numeric', { precision: 14, scale: 4 })
  finalValue: string;
}
