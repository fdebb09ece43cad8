import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { ProgressUpdateEntity } from './progress-update.entity.js';

/** A comment on a progress update, by an expert, an admin or the action's team. */
@Entity({ name: 'update_comments' })
@Index('ix_update_comments_update', ['progressUpdateId', 'writtenAt'])
export class UpdateCommentEntity extends BaseEntity {
  @Column('uuid')
  progressUpdateId: string;

  @ManyToOne(() => ProgressUpdateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'progress_update_id',
    foreignKeyConstraintName: 'fk_update_comments_update',
  })
  progressUpdate?: ProgressUpdateEntity;

  @Index('ix_update_comments_author')
  @Column('uuid', { nullable: true })
  authorId: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_update_comments_author' })
  author?: unknown;

  @Column('text')
  body: string;

  @Column('timestamptz')
  writtenAt: Date;
}
