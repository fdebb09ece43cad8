import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ReviewCriterionEntity } from './review-criterion.entity.js';
import { ReviewEntity } from './review.entity.js';

/**
 * One criterion's score in one review; null = "not applicable" (where the criterion allows
 * it). Both foreign keys carry the academy, so a score for another academy's criterion is
 * refused by the database.
 */
@Entity({ name: 'review_scores' })
// A rubric change deletes the scores of removed criteria (ON DELETE CASCADE) by criterion.
@Index('ix_review_scores_criterion_id', ['criterionId'])
export class ReviewScoreEntity {
  @PrimaryColumn('uuid')
  reviewId: string;

  @PrimaryColumn('uuid')
  criterionId: string;

  @Column('uuid')
  academyId: string;

  @ManyToOne(() => ReviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'review_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_review_scores_review',
    },
    { name: 'academy_id', referencedColumnName: 'academyId' },
  ])
  review?: ReviewEntity;

  @ManyToOne(() => ReviewCriterionEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'criterion_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_review_scores_criterion',
    },
    { name: 'academy_id', referencedColumnName: 'academyId' },
  ])
  criterion?: ReviewCriterionEntity;

  @Column('integer', { nullable: true })
  score: number | null;
}
