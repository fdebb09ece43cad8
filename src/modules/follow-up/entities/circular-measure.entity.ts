import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { LocalizedText } from '../../../common/i18n/localized-text.js';
import { AcademyEntity } from '../../academies/entities/academy.entity.js';

/**
 * One circular-economy measure of an academy's catalogue (the seed's "benefits list": market
 * analysis, market dialogue, life-cycle consideration, procurement criteria, contract terms,
 * metrics and monitoring). Data, not code: each academy has its own list, managed by admins.
 */
@Entity({ name: 'circular_measures' })
@Unique('uq_circular_measures_academy_key', ['academyId', 'key'])
// The target of tracked_action_measures' composite key: a pilot uses its own academy's measures only.
@Unique('uq_circular_measures_academy_id', ['academyId', 'id'])
@Index('ix_circular_measures_academy_position', ['academyId', 'position'])
export class CircularMeasureEntity extends BaseEntity {
  @Column('uuid')
  academyId: string;

  @ManyToOne(() => AcademyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_circular_measures_academy' })
  academy?: AcademyEntity;

  /** A stable code within the academy, e.g. PROCUREMENT_CRITERIA. */
  @Column('varchar', { length: 60 })
  key: string;

  @Column(() => LocalizedText, { prefix: 'label' })
  label: LocalizedText;

  /** Finnish '' when not written. */
  @Column(() => LocalizedText, { prefix: 'description' })
  description: LocalizedText;

  /** The measure records the criterion text used in the tender (procurement criteria). */
  @Column('boolean', { default: false })
  takesCriterionText: boolean;

  @Column('int')
  position: number;
}
