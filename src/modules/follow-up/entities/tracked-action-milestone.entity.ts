import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { LocalizedText } from '../../../common/i18n/localized-text.js';
import { MilestoneKind } from '../follow-up.enums.js';
import { TrackedActionEntity } from './tracked-action.entity.js';

/**
 * A planned milestone (market dialogue, tender published, contract signed, or a custom one),
 * with its planned date in the academy's zone and when it was reached. An open milestone whose
 * planned date has passed makes the action "behind".
 */
@Entity({ name: 'tracked_action_milestones' })
@Index('ix_tracked_action_milestones_action', ['trackedActionId', 'plannedDate'])
export class TrackedActionMilestoneEntity extends BaseEntity {
  @Column('uuid')
  trackedActionId: string;

  @ManyToOne(() => TrackedActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'tracked_action_id',
    foreignKeyConstraintName: 'fk_tracked_action_milestones_action',
  })
  trackedAction?: TrackedActionEntity;

  @Column({ type: 'enum', enum: MilestoneKind, enumName: 'milestone_kind' })
  kind: MilestoneKind;

  /** The kind's name in fi/sv/en unless the team wrote its own (required for CUSTOM). */
  @Column(() => LocalizedText, { prefix: 'title' })
  title: LocalizedText;

  /** A calendar date in the academy's zone, 'YYYY-MM-DD' (TypeORM hydrates `date` as a string). */
  @Column('date')
  plannedDate: string;

  @Column('timestamptz', { nullable: true })
  doneAt: Date | null;
}
