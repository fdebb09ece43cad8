import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { TrackedActionStage } from '../follow-up.enums.js';
import { TrackedActionEntity } from './tracked-action.entity.js';

/** One stage move of a tracked action (the history: from, to, by whom, when). Append-only. */
@Entity({ name: 'tracked_action_stage_changes' })
@Index('ix_tracked_action_stage_changes_action', ['trackedActionId', 'changedAt'])
export class TrackedActionStageChangeEntity extends BaseEntity {
  @Column('uuid')
  trackedActionId: string;

  @ManyToOne(() => TrackedActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'tracked_action_id',
    foreignKeyConstraintName: 'fk_tracked_action_stage_changes_action',
  })
  trackedAction?: TrackedActionEntity;

  @Column({ type: 'enum', enum: TrackedActionStage, enumName: 'tracked_action_stage' })
  fromStage: TrackedActionStage;

  @Column({ type: 'enum', enum: TrackedActionStage, enumName: 'tracked_action_stage' })
  toStage: TrackedActionStage;

  /** Who moved it; null once their account is gone. */
  @Column('uuid', { nullable: true })
  changedById: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'changed_by_id',
    foreignKeyConstraintName: 'fk_tracked_action_stage_changes_user',
  })
  changedBy?: unknown;

  /** The server's clock at the move. */
  @Column('timestamptz')
  changedAt: Date;
}
