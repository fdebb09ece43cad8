import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { TimelineEventEntity } from '../../timeline/entities/timeline-event.entity.js';

/**
 * An event that takes registrations: how many seats and until when. Its row is also the lock
 * every registration, cancellation and promotion of the event takes first (FOR UPDATE), so
 * one event's seats change one transaction after another.
 */
@Entity({ name: 'event_registration_settings' })
@Check('ck_event_registration_settings_capacity', '"capacity" BETWEEN 1 AND 1000')
export class EventRegistrationSettingsEntity {
  @PrimaryColumn('uuid')
  eventId: string;

  @OneToOne(() => TimelineEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'event_id',
    foreignKeyConstraintName: 'fk_event_registration_settings_event',
  })
  event?: TimelineEventEntity;

  @Column('integer')
  capacity: number;

  /** Registering is refused from this instant on; cancelling stays possible until the start. */
  @Column('timestamptz')
  closesAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
