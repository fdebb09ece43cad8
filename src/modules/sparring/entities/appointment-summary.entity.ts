import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ConsultationBookingEntity } from '../../consultations/entities/consultation-booking.entity.js';

/**
 * The expert's summary of a held appointment (a sparring session, or any booking), one per
 * booking, in Finnish free text. Unlike the booking's private notes, the organisation's team
 * reads it. Its first save mails the team.
 */
@Entity({ name: 'appointment_summaries' })
@Check('ck_appointment_summaries_length', 'char_length("summary") BETWEEN 1 AND 10000')
export class AppointmentSummaryEntity {
  @PrimaryColumn('uuid')
  bookingId: string;

  @ManyToOne(() => ConsultationBookingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'fk_appointment_summaries_booking' })
  booking?: ConsultationBookingEntity;

  @Column('text')
  summary: string;

  /** Who saved it last (the slot's expert or an admin). */
  @Column('uuid')
  recordedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
