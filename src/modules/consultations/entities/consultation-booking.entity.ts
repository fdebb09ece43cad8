import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import type { ApplicationRecord } from '../../applications/application.types.js';
import { AppointmentRoundEntity } from './appointment-round.entity.js';
import { ConsultationSlotEntity } from './consultation-slot.entity.js';
import { BookingStatus } from '../consultation-booking.enums.js';

/**
 * An application's appointment in a round (a consultation, a sparring session, a follow-up).
 * The database allows one ACTIVE booking per slot and one per (round, application, seat)
 * (partial unique indexes), seats 1…the round's bookings_per_organisation: a lost race is
 * refused by PostgreSQL, and the service only turns the refusal into SLOT_TAKEN or
 * ALREADY_BOOKED. `round_id` repeats the slot's round (a trigger fills and checks it).
 */
@Entity({ name: 'consultation_bookings' })
@Index('uq_consultation_bookings_active_slot', ['slotId'], {
  unique: true,
  where: `"status" = '${BookingStatus.ACTIVE}'`,
})
@Index('uq_consultation_bookings_active_round_seat', ['roundId', 'applicationId', 'seat'], {
  unique: true,
  where: `"status" = '${BookingStatus.ACTIVE}'`,
})
@Index('ix_consultation_bookings_application', ['applicationId'])
@Check('ck_consultation_bookings_seat', '"seat" >= 1')
export class ConsultationBookingEntity extends BaseEntity {
  @Column('uuid')
  slotId: string;

  @ManyToOne(() => ConsultationSlotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'slot_id', foreignKeyConstraintName: 'fk_consultation_bookings_slot' })
  slot?: ConsultationSlotEntity;

  /** The slot's round, repeated here so the seat index can hold it. */
  @Column('uuid')
  roundId: string;

  @ManyToOne(() => AppointmentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_consultation_bookings_round' })
  round?: AppointmentRoundEntity;

  /** Which of the organisation's bookings in the round this is (1…bookings_per_organisation). */
  @Column('smallint', { default: 1 })
  seat: number;

  @Column('uuid')
  applicationId: string;

  // By entity name: the foreign key without importing the applications feature's entity.
  @ManyToOne('ApplicationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'application_id',
    foreignKeyConstraintName: 'fk_consultation_bookings_application',
  })
  application?: ApplicationRecord;

  @Column({
    type: 'enum',
    enum: BookingStatus,
    enumName: 'booking_status',
    default: BookingStatus.ACTIVE,
  })
  status: BookingStatus;

  @Column('uuid')
  bookedById: string;

  @Column('timestamptz', { nullable: true })
  cancelledAt: Date | null;

  @Column('text', { nullable: true })
  cancelReason: string | null;

  /** The expert's notes: experts and admins only. */
  @Column('text', { nullable: true, select: false })
  notes: string | null;

  /** iCalendar SEQUENCE of the invite; raised on reschedule and cancel. */
  @Column('integer', { default: 0 })
  sequence: number;
}
