import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import type { ApplicationRecord } from '../../applications/application.types.js';
import { ConsultationSlotEntity } from './consultation-slot.entity.js';
import { BookingStatus } from '../consultation-booking.enums.js';

/**
 * An application's consultation. The database allows one ACTIVE booking per slot and one
 * per application (partial unique indexes): a lost race is refused by PostgreSQL, and the
 * service only turns the refusal into SLOT_TAKEN or ALREADY_BOOKED.
 */
@Entity({ name: 'consultation_bookings' })
@Index('uq_consultation_bookings_active_slot', ['slotId'], {
  unique: true,
  where: `"status" = '${BookingStatus.ACTIVE}'`,
})
@Index('uq_consultation_bookings_active_application', ['applicationId'], {
  unique: true,
  where: `"status" = '${BookingStatus.ACTIVE}'`,
})
export class ConsultationBookingEntity extends BaseEntity {
  @Column('uuid')
  slotId: string;

  @ManyToOne(() => ConsultationSlotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'slot_id', foreignKeyConstraintName: 'fk_consultation_bookings_slot' })
  slot?: ConsultationSlotEntity;

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
