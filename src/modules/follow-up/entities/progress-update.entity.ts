import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { TrackedActionStageChangeEntity } from './tracked-action-stage-change.entity.js';
import { TrackedActionEntity } from './tracked-action.entity.js';

/**
 * A dated progress entry written by the action's team: text and, optionally, the stage move
 * it announced (recorded in the stage history by the stage-change path, linked here).
 */
@Entity({ name: 'progress_updates' })
@Index('ix_progress_updates_action', ['trackedActionId', 'writtenAt'])
@Unique('uq_progress_updates_stage_change', ['stageChangeId'])
export class ProgressUpdateEntity extends BaseEntity {
  @Column('uuid')
  trackedActionId: string;

  @ManyToOne(() => TrackedActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'tracked_action_id',
    foreignKeyConstraintName: 'fk_progress_updates_action',
  })
  trackedAction?: TrackedActionEntity;

  /** Who wrote it; null once their account is gone. */
  @Index('ix_progress_updates_author')
  @Column('uuid', { nullable: true })
  authorId: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_progress_updates_author' })
  author?: unknown;

  @Column('text')
  body: string;

  @Column('uuid', { nullable: true })
  stageChangeId: string | null;

  @ManyToOne(() => TrackedActionStageChangeEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'stage_change_id',
    foreignKeyConstraintName: 'fk_progress_updates_stage_change',
  })
  stageChange?: TrackedActionStageChangeEntity | null;

  /** The server's clock when it was written. */
  @Column('timestamptz')
  writtenAt: Date;
}
