import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import type { AcademyRecord } from '../../academies/academy.types.js';
import { RoundAudience, RoundPurpose } from '../appointment-round.enums.js';

/**
 * A booking round of an academy: what its appointments are for (purpose), who may book
 * (audience), when (the window; null ends are unbounded) and how many appointments each
 * organisation may hold at once. Slots belong to a round, and bookings carry their slot's
 * round and a seat 1…bookings_per_organisation: one ACTIVE booking per (round, application,
 * seat) is a unique index, so the database, not the service, enforces the limit.
 * An academy has at most one CONSULTATION round (the one today's consultation API uses).
 */
@Entity({ name: 'appointment_rounds' })
@Check('ck_appointment_rounds_bookings_per_organisation', '"bookings_per_organisation" >= 1')
@Check(
  'ck_appointment_rounds_window',
  '"opens_at" IS NULL OR "closes_at" IS NULL OR "closes_at" > "opens_at"',
)
@Index('ix_appointment_rounds_academy', ['academyId', 'createdAt'])
@Index('uq_appointment_rounds_consultation', ['academyId'], {
  unique: true,
  where: `"purpose" = '${RoundPurpose.CONSULTATION}'`,
})
export class AppointmentRoundEntity extends BaseEntity {
  @Column('uuid')
  academyId: string;

  // By entity name: the foreign key without importing the academies feature's entity.
  @ManyToOne('AcademyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_appointment_rounds_academy' })
  academy?: AcademyRecord;

  @Column({ type: 'enum', enum: RoundPurpose, enumName: 'round_purpose' })
  purpose: RoundPurpose;

  @Column({ type: 'enum', enum: RoundAudience, enumName: 'round_audience' })
  audience: RoundAudience;

  @Column('varchar', { length: 200, nullable: true })
  titleFi: string | null;

  @Column('varchar', { length: 200, nullable: true })
  titleSv: string | null;

  @Column('varchar', { length: 200, nullable: true })
  titleEn: string | null;

  /** Booking opens at this instant; null: open from the start. */
  @Column('timestamptz', { nullable: true })
  opensAt: Date | null;

  /** Booking closes at this instant; null: open until the slots have passed. */
  @Column('timestamptz', { nullable: true })
  closesAt: Date | null;

  @Column('integer', { default: 1 })
  bookingsPerOrganisation: number;
}
