import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { LocalizedText } from '../../../common/i18n/localized-text.js';
import type { AcademyRecord } from '../../academies/academy.types.js';

/**
 * One criterion of an academy's review rubric: what a reviewer scores, how much it weighs and
 * on which scale. UNIQUE(id, academy_id) lets review scores name the criterion together with
 * the academy, so the database refuses a score for another academy's criterion.
 */
@Entity({ name: 'review_criteria' })
@Unique('uq_review_criteria_id_academy', ['id', 'academyId'])
@Unique('uq_review_criteria_academy_position', ['academyId', 'position'])
@Check('ck_review_criteria_weight_positive', '"weight" > 0')
@Check('ck_review_criteria_scale', '"scale_min" < "scale_max"')
export class ReviewCriterionEntity extends BaseEntity {
  @Index('ix_review_criteria_academy_id')
  @Column('uuid')
  academyId: string;

  // By entity name: the foreign key without importing the academies feature's entity.
  @ManyToOne('AcademyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_review_criteria_academy' })
  academy?: AcademyRecord;

  /** Order on the scoring form, from 1. */
  @Column('integer')
  position: number;

  @Column(() => LocalizedText, { prefix: 'label' })
  label: LocalizedText;

  @Column(() => LocalizedText, { prefix: 'guidance' })
  guidance: LocalizedText;

  /** Multiplies the criterion's score in a review's weighted total. */
  @Column('double precision')
  weight: number;

  @Column('integer')
  scaleMin: number;

  @Column('integer')
  scaleMax: number;

  /** A reviewer may answer "not applicable" (no score) instead of a number. */
  @Column('boolean', { default: false })
  allowsNotApplicable: boolean;
}
