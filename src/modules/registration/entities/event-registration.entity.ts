import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import type { UserRecord } from '../../users/user.types.js';
import { RegistrationStatus } from '../registration.enums.js';
import { EventRegistrationSettingsEntity } from './event-registration-settings.entity.js';

/**
 * One person's registration for one event. The rules that must hold under any concurrency
 * are constraints: one live (registered or waitlisted) registration per person and event,
 * one registration per seat, one arrival number per event.
 */
@Entity({ name: 'event_registrations' })
@Unique('uq_event_registrations_arrival', ['eventId', 'arrival'])
@Index('uq_event_registrations_live_user', ['eventId', 'userId'], {
  unique: true,
  where: `"status" <> '${RegistrationStatus.CANCELLED}'`,
})
@Index('uq_event_registrations_taken_seat', ['eventId', 'seatNo'], {
  unique: true,
  where: `"status" = '${RegistrationStatus.REGISTERED}'`,
})
@Index('ix_event_registrations_user_id', ['userId'])
@Check(
  'ck_event_registrations_seat',
  `("status" = '${RegistrationStatus.REGISTERED}') = ("seat_no" IS NOT NULL) AND ("seat_no" IS NULL OR "seat_no" >= 1)`,
)
export class EventRegistrationEntity extends BaseEntity {
  @Column('uuid')
  eventId: string;

  @ManyToOne(() => EventRegistrationSettingsEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'event_id',
    referencedColumnName: 'eventId',
    foreignKeyConstraintName: 'fk_event_registrations_settings',
  })
  settings?: EventRegistrationSettingsEntity;

  @Column('uuid')
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_event_registrations_user' })
  user?: UserRecord;

  @Column({ type: 'enum', enum: RegistrationStatus, enumName: 'registration_status' })
  status: RegistrationStatus;

  /** 1, 2, 3, … per event in the order the registrations took the event's lock. */
  @Column('integer')
  arrival: number;

  /** The seat, 1…capacity, while REGISTERED. */
  @Column('integer', { nullable: true })
  seatNo: number | null;

  /** When a waitlisted registration got its seat. */
  @Column('timestamptz', { nullable: true })
  promotedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  cancelledAt: Date | null;
}
