import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { CohortParticipantEntity } from '../../cohort/entities/cohort-participant.entity.js';
import { TimelineEventEntity } from '../../timeline/entities/timeline-event.entity.js';

/**
 * One person of a cohort team who attended one event, as staff recorded it. The academy and
 * organisation are copied from the participant for the per-organisation summary.
 */
@Entity({ name: 'event_attendances' })
@Index('ix_event_attendances_organisation', ['academyId', 'organisationId'])
export class EventAttendanceEntity {
  @PrimaryColumn('uuid')
  eventId: string;

  @ManyToOne(() => TimelineEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_event_attendances_event' })
  event?: TimelineEventEntity;

  @Index('ix_event_attendances_participant')
  @PrimaryColumn('uuid')
  participantId: string;

  @ManyToOne(() => CohortParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'participant_id',
    foreignKeyConstraintName: 'fk_event_attendances_participant',
  })
  participant?: CohortParticipantEntity;

  @Column('uuid')
  academyId: string;

  @Column('uuid')
  organisationId: string;

  /** The staff member who recorded it. */
  @Column('uuid', { nullable: true })
  recordedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
