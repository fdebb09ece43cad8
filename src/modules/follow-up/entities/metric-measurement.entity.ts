import { Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { TrackedActionMetricEntity } from './tracked-action-metric.entity.js';

/**
 * One dated actual value of a metric. The key to the metric carries the action, so the
 * database refuses a measurement filed under another action than its metric's. One value per
 * metric and date: recording the date again replaces it.
 */
@Entity({ name: 'metric_measurements' })
@Unique('uq_metric_measurements_metric_date', ['metricId', 'measuredOn'])
export class MetricMeasurementEntity extends BaseEntity {
  @Column('uuid')
  trackedActionId: string;

  @Column('uuid')
  metricId: string;

  @ManyToOne(() => TrackedActionMetricEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'tracked_action_id',
      referencedColumnName: 'trackedActionId',
      foreignKeyConstraintName: 'fk_metric_measurements_metric',
    },
    {
      name: 'metric_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_metric_measurements_metric',
    },
  ])
  metric?: TrackedActionMetricEntity;

  /** A calendar date in the academy's zone, 'YYYY-MM-DD'. */
  @Column('date')
  measuredOn: string;

  @Column('numeric', { precision: 14, scale: 4 })
  value: string;

  @Column('text', { nullable: true })
  note: string | null;
}
