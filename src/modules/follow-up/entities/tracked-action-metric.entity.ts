import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { TrackedActionEntity } from './tracked-action.entity.js';

/**
 * A metric of an action ("share of recycled aggregate %", "CO₂e t"): baseline and target as
 * exact decimals (numeric(14,4), hydrated as strings so no float rounding creeps in).
 */
@Entity({ name: 'tracked_action_metrics' })
@Index('ix_tracked_action_metrics_action', ['trackedActionId', 'position'])
// The target of metric_measurements' composite key: a measurement belongs to its metric's action.
@Unique('uq_tracked_action_metrics_action_id', ['trackedActionId', 'id'])
export class TrackedActionMetricEntity extends BaseEntity {
  @Column('uuid')
  trackedActionId: string;

  @ManyToOne(() => TrackedActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'tracked_action_id',
    foreignKeyConstraintName: 'fk_tracked_action_metrics_action',
  })
  trackedAction?: TrackedActionEntity;

  @Column('varchar', { length: 200 })
  name: string;

  /** Free text: '%', 't CO₂e', 'kg'. */
  @Column('varchar', { length: 40 })
  unit: string;

  @Column('numeric', { precision: 14, scale: 4 })
  baseline: string;

  @Column('numeric', { precision: 14, scale: 4 })
  target: string;

  @Column('int')
  position: number;
}
