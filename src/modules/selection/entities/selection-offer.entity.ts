import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import type { AcademyRecord } from '../../academies/academy.types.js';
import type { ApplicationRecord } from '../../applications/application.types.js';
import { OfferStatus } from '../selection.enums.js';

/**
 * A place in the cohort offered to an organisation: seat 1…capacity. The database keeps one
 * open-or-confirmed offer per seat (partial unique index) and one offer per application
 * ever (so no reserve is offered twice); a decline or lapse frees the seat for the next
 * reserve, under the academy's lock.
 */
@Entity({ name: 'selection_offers' })
// An academy's offers of every status (settling, the decisions page, the reserve queue).
@Index('ix_selection_offers_academy_id', ['academyId'])
@Unique('uq_selection_offers_application', ['applicationId'])
@Index('uq_selection_offers_taken_seat', ['academyId', 'seatNo'], {
  unique: true,
  where: `"status" IN ('${OfferStatus.OPEN}', '${OfferStatus.CONFIRMED}')`,
})
@Check('ck_selection_offers_seat_positive', '"seat_no" > 0')
export class SelectionOfferEntity extends BaseEntity {
  @Column('uuid')
  academyId: string;

  @ManyToOne('AcademyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_selection_offers_academy' })
  academy?: AcademyRecord;

  @Column('uuid')
  applicationId: string;

  @ManyToOne('ApplicationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'application_id',
    foreignKeyConstraintName: 'fk_selection_offers_application',
  })
  application?: ApplicationRecord;

  @Column('integer')
  seatNo: number;

  @Column({
    type: 'enum',
    enum: OfferStatus,
    enumName: 'offer_status',
    default: OfferStatus.OPEN,
  })
  status: OfferStatus;

  /** True when the offer went to a reserve after a decline or lapse. */
  @Column('boolean', { default: false })
  fromReserve: boolean;

  /** Confirm or decline by this instant; then the offer lapses. */
  @Column('timestamptz')
  respondBy: Date;

  /** The lapse job enqueued with the offer (cancelled when the organisation answers). */
  @Column('uuid', { nullable: true })
  lapseJobId: string | null;

  @Column('timestamptz', { nullable: true })
  respondedAt: Date | null;

  @Column('uuid', { nullable: true })
  respondedById: string | null;

  @Column('text', { nullable: true })
  declineReason: string | null;
}
