import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { FollowUpReminderKind } from '../check-ins/check-in.enums.js';
import { TrackedActionTaskEntity } from './tracked-action-task.entity.js';
import { TrackedActionEntity } from './tracked-action.entity.js';

/**
 * A follow-up reminder that was written to the outbox: its `reminderKey` (check-in: action and
 * period start; task: task and due date) is unique, so a second run of the sweep, on any
 * instance, inserts nothing and mails nothing.
 */
@Entity({ name: 'follow_up_reminders' })
@Unique('uq_follow_up_reminders_key', ['reminderKey'])
@Index('ix_follow_up_reminders_action', ['trackedActionId'])
export class FollowUpReminderEntity extends BaseEntity {
  @Column({ type: 'enum', enum: FollowUpReminderKind, enumName: 'follow_up_reminder_kind' })
  kind: FollowUpReminderKind;

  @Column('varchar', { length: 200 })
  reminderKey: string;

  @Column('uuid')
  trackedActionId: string;

  @ManyToOne(() => TrackedActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'tracked_action_id',
    foreignKeyConstraintName: 'fk_follow_up_reminders_action',
  })
  trackedAction?: TrackedActionEntity;

  @Index('ix_follow_up_reminders_task')
  @Column('uuid', { nullable: true })
  taskId: string | null;

  @ManyToOne(() => TrackedActionTaskEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'fk_follow_up_reminders_task' })
  task?: TrackedActionTaskEntity | null;

  /** The participant the mail went to (cohort_participants.id; no key: the team owns it). */
  @Column('uuid')
  recipientParticipantId: string;

  /** The period start (check-in) or the due date (task), 'YYYY-MM-DD'. */
  @Column('date')
  periodDate: string;
}
