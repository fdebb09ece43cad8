import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { TrackedActionEntity } from './tracked-action.entity.js';

/**
 * A pilot's outcome report (issue 16): written by its organisation's responsible person before
 * the follow-up meeting, a draft until submitted. One per pilot. Its measures and final metric
 * values are rows of their own (`outcome_report_measures`, `outcome_report_metrics`).
 */
@Entity({ name: 'outcome_reports' })
@Index('ix_outcome_reports_academy', ['academyId'])
// One report per pilot, whatever races.
@Unique('uq_outcome_reports_action', ['trackedActionId'])
// The target of outcome_report_metrics' composite key: a final value belongs to the report's pilot.
@Unique('uq_outcome_reports_action_id', ['trackedActionId', 'id'])
export class OutcomeReportEntity extends BaseEntity {
  @Column('uuid')
  academyId: string;

  @Column('uuid')
  trackedActionId: string;

  @ManyToOne(() => TrackedActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'tracked_action_id',
    foreignKeyConstraintName: 'fk_outcome_reports_action',
  })
  trackedAction?: TrackedActionEntity;

  /** What was procured (free text). */
  @Column('text', { default: '' })
  procured: string;

  /** The circular criteria used in the tender, as published in the tender documents. */
  @Column('text', { default: '' })
  criteriaText: string;

  @Column('text', { default: '' })
  lessons: string;

  /** The responsible person allows the report's non-personal fields on the public results page. */
  @Column('boolean', { default: false })
  permissionToPublish: boolean;

  /** The responsible person's user id (no key: the users feature owns it). */
  @Column('uuid')
  updatedBy: string;

  /** Null while a draft. */
  @Column('timestamptz', { nullable: true })
  submittedAt: Date | null;

  @Column('uuid', { nullable: true })
  submittedBy: string | null;
}
