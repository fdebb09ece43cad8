import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import type { ApplicationRecord } from '../../applications/application.types.js';
import type { UserRecord } from '../../users/user.types.js';
import type { AcademyRecord } from '../../academies/academy.types.js';
import { ReviewRecommendation, ReviewStatus } from '../selection.enums.js';

/**
 * One reviewer's assignment to one application and their review of it (ASSIGNED → DRAFT →
 * SUBMITTED). The database allows one per reviewer and application.
 */
@Entity({ name: 'reviews' })
@Unique('uq_reviews_application_reviewer', ['applicationId', 'reviewerId'])
@Unique('uq_reviews_id_academy', ['id', 'academyId'])
@Index('ix_reviews_academy_reviewer', ['academyId', 'reviewerId'])
export class ReviewEntity extends BaseEntity {
  @Column('uuid')
  academyId: string;

  @ManyToOne('AcademyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_reviews_academy' })
  academy?: AcademyRecord;

  @Column('uuid')
  applicationId: string;

  @ManyToOne('ApplicationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_reviews_application' })
  application?: ApplicationRecord;

  @Index('ix_reviews_reviewer_id')
  @Column('uuid')
  reviewerId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reviewer_id', foreignKeyConstraintName: 'fk_reviews_reviewer' })
  reviewer?: UserRecord;

  @Column('uuid', { nullable: true })
  assignedById: string | null;

  @Column({
    type: 'enum',
    enum: ReviewStatus,
    enumName: 'review_status',
    default: ReviewStatus.ASSIGNED,
  })
  status: ReviewStatus;

  @Column({
    type: 'enum',
    enum: ReviewRecommendation,
    enumName: 'review_recommendation',
    nullable: true,
  })
  recommendation: ReviewRecommendation | null;

  @Column('text', { nullable: true })
  comment: string | null;

  @Column('timestamptz', { nullable: true })
  submittedAt: Date | null;
}
