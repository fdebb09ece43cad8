import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { CohortMemberEntity } from '../../cohort/entities/cohort-member.entity.js';
import { CohortParticipantEntity } from '../../cohort/entities/cohort-participant.entity.js';
import { TrackedActionTaskEntity } from '../../follow-up/entities/tracked-action-task.entity.js';
import { ConsultationBookingEntity } from '../../consultations/entities/consultation-booking.entity.js';

/**
 * An action agreed in an appointment: what, who of the organisation's team, by when. The
 * academy and organisation are copied from the booking so the follow-up (issue 15) finds an
 * organisation's actions without joining bookings; the composite foreign key keeps them a
 * cohort organisation. `taskId` is the follow-up task made from this action (one each).
 */
@Entity({ name: 'agreed_actions' })
@Index('ix_agreed_actions_booking', ['bookingId', 'dueDate'])
@Index('ix_agreed_actions_organisation', ['academyId', 'organisationId', 'dueDate'])
@Index('uq_agreed_actions_task', ['taskId'], { unique: true, where: '"task_id" IS NOT NULL' })
@Check('ck_agreed_actions_title', 'char_length("title") BETWEEN 1 AND 300')
export class AgreedActionEntity extends BaseEntity {
  @Column('uuid')
  bookingId: string;

  @ManyToOne(() => ConsultationBookingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'fk_agreed_actions_booking' })
  booking?: ConsultationBookingEntity;

  @Column('uuid')
  academyId: string;

  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => CohortMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'academy_id',
      referencedColumnName: 'academyId',
      foreignKeyConstraintName: 'fk_agreed_actions_cohort_member',
    },
    { name: 'organisation_id', referencedColumnName: 'organisationId' },
  ])
  member?: CohortMemberEntity;

  @Column('varchar', { length: 300 })
  title: string;

  @Index('ix_agreed_actions_owner')
  @Column('uuid')
  ownerParticipantId: string;

  // Team rows are never deleted (leaving sets `left_at`) except with the cohort membership.
  @ManyToOne(() => CohortParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'owner_participant_id',
    foreignKeyConstraintName: 'fk_agreed_actions_owner',
  })
  owner?: CohortParticipantEntity;

  /** A calendar date in the academy's zone, `YYYY-MM-DD` (TypeORM reads `date` as a string). */
  @Column('date')
  dueDate: string;

  @Column('uuid')
  createdById: string;

  /** The follow-up task made from this action (issue 15); null until then. */
  @Column('uuid', { nullable: true })
  taskId: string | null;

  // A task the team removes unlinks its agreed action (later edits then change nothing there).
  @ManyToOne(() => TrackedActionTaskEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'fk_agreed_actions_task' })
  task?: TrackedActionTaskEntity | null;
}
