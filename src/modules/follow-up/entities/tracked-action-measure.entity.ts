import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { MeasureStatus } from '../follow-up-measures.enums.js';
import { CircularMeasureEntity } from './circular-measure.entity.js';
import { TrackedActionEntity } from './tracked-action.entity.js';

/**
 * A measure of the academy's catalogue as one action uses it: planned, applied or not used,
 * with a note and, for the criteria measure, the criterion text used in the tender.
 * Both foreign keys carry the academy, so the database refuses another academy's measure.
 */
@Entity({ name: 'tracked_action_measures' })
@Unique('uq_tracked_action_measures_action_measure', ['trackedActionId', 'measureId'])
@Index('ix_tracked_action_measures_measure', ['academyId', 'measureId'])
export class TrackedActionMeasureEntity extends BaseEntity {
  @Column('uuid')
  trackedActionId: string;

  @Column('uuid')
  academyId: string;

  @ManyToOne(() => TrackedActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'academy_id',
      referencedColumnName: 'academyId',
      foreignKeyConstraintName: 'fk_tracked_action_measures_action',
    },
    {
      name: 'tracked_action_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_tracked_action_measures_action',
    },
  ])
  trackedAction?: TrackedActionEntity;

  @Column('uuid')
  measureId: string;

  // A catalogue entry in use cannot be deleted (RESTRICT): the pilots' record stays whole.
  @ManyToOne(() => CircularMeasureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'academy_id',
      referencedColumnName: 'academyId',
      foreignKeyConstraintName: 'fk_tracked_action_measures_measure',
    },
    {
      name: 'measure_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_tracked_action_measures_measure',
    },
  ])
  measure?: CircularMeasureEntity;

  @Column({ type: 'enum', enum: MeasureStatus, enumName: 'measure_status' })
  status: MeasureStatus;

  @Column('text', { nullable: true })
  note: string | null;

  /** Only for a measure that takes it (procurement criteria). */
  @Column('text', { nullable: true })
  criterionText: string | null;
}
