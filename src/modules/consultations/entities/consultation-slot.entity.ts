import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import type { AcademyRecord } from '../../academies/academy.types.js';
import type { UserRecord } from '../../users/user.types.js';
import { SlotMode, SlotStatus } from '../consultation-slot.enums.js';
import { AppointmentRoundEntity } from './appointment-round.entity.js';

/**
 * A consultation time an expert offers. The database refuses two open slots of one expert
 * that overlap (an exclusion constraint on the expert and the time range), whatever the
 * concurrency.
 */
@Entity({ name: 'consultation_slots' })
@Check('ck_consultation_slots_ends_after_start', '"ends_at" > "starts_at"')
@Exclusion(
  'ex_consultation_slots_expert_overlap',
  `USING gist ("expert_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" = '${SlotStatus.OPEN}')`,
)
@Index('ix_consultation_slots_academy_starts', ['academyId', 'startsAt'])
@Index('ix_consultation_slots_round_starts', ['roundId', 'startsAt'])
export class ConsultationSlotEntity extends BaseEntity {
  @Column('uuid')
  academyId: string;

  // Relations by entity name: the foreign keys without importing other features' entities.
  @ManyToOne('AcademyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_consultation_slots_academy' })
  academy?: AcademyRecord;

  /** The round the slot is offered in (of the same academy). */
  @Column('uuid')
  roundId: string;

  @ManyToOne(() => AppointmentRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_consultation_slots_round' })
  round?: AppointmentRoundEntity;

  @Column('uuid')
  expertId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_consultation_slots_expert' })
  expert?: UserRecord;

  @Column('timestamptz')
  startsAt: Date;

  @Column('timestamptz')
  endsAt: Date;

  @Column({ type: 'enum', enum: SlotMode, enumName: 'slot_mode' })
  mode: SlotMode;

  @Column('varchar', { length: 300, nullable: true })
  place: string | null;

  @Column('varchar', { length: 500, nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'enum', enum: SlotStatus, enumName: 'slot_status', default: SlotStatus.OPEN })
  status: SlotStatus;
}
