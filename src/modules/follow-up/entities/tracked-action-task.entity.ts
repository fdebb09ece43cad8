import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { CohortParticipantEntity } from '../../cohort/entities/cohort-participant.entity.js';
import { TrackedActionEntity } from './tracked-action.entity.js';

/**
 * A dated task of a tracked action (Tehtävä 31.12.2025 …): a title, an owner, a due date in
 * the academy's zone and when it was done. Sparring's agreed actions arrive as tasks, one task
 * per agreed action (`agreed_action_id`, unique). An open task past its due date is overdue and
 * makes the action "behind".
 */
@Entity({ name: 'tracked_action_tasks' })
@Index('ix_tracked_action_tasks_action', ['trackedActionId', 'dueDate'])
// Open tasks by due date: overdue lists and (later) due reminders.
@Index('ix_tracked_action_tasks_open_due', ['dueDate'], { where: '"done_at" IS NULL' })
@Unique('uq_tracked_action_tasks_agreed_action', ['agreedActionId'])
export class TrackedActionTaskEntity extends BaseEntity {
  @Column('uuid')
  trackedActionId: string;

  @ManyToOne(() => TrackedActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'tracked_action_id',
    foreignKeyConstraintName: 'fk_tracked_action_tasks_action',
  })
  trackedAction?: TrackedActionEntity;

  @Column('varchar', { length: 500 })
  title: string;

  /** A pilot's task: a participant of the organisation's cohort team (not left). */
  @Index('ix_tracked_action_tasks_owner_participant')
  @Column('uuid', { nullable: true })
  ownerParticipantId: string | null;

  @ManyToOne(() => CohortParticipantEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'owner_participant_id',
    foreignKeyConstraintName: 'fk_tracked_action_tasks_owner_participant',
  })
  ownerParticipant?: CohortParticipantEntity | null;

  /** An action-plan task: optionally a staff member (ADMIN or EXPERT). */
  @Index('ix_tracked_action_tasks_owner_user')
  @Column('uuid', { nullable: true })
  ownerUserId: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'owner_user_id',
    foreignKeyConstraintName: 'fk_tracked_action_tasks_owner_user',
  })
  ownerUser?: unknown;

  /** A calendar date in the academy's zone, 'YYYY-MM-DD'. */
  @Column('date')
  dueDate: string;

  @Column('timestamptz', { nullable: true })
  doneAt: Date | null;

  /** The sparring agreed action this task came from (sparring's `agreed_actions.id`). */
  @Column('uuid', { nullable: true })
  agreedActionId: string | null;

  // Named by string, not imported: sparring depends on follow-up, never the other way. A
  // removed agreed action leaves a task it made unlinked (sparring removes an open one first).
  @ManyToOne('AgreedActionEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'agreed_action_id',
    foreignKeyConstraintName: 'fk_tracked_action_tasks_agreed_action',
  })
  agreedAction?: unknown;
}
