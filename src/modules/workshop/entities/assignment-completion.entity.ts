import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity.js';
import { EventAssignmentEntity } from './event-assignment.entity.js';

/**
 * One organisation has done one assignment (with an optional answer or link). At most one
 * row per organisation and assignment: marking again updates it.
 */
@Entity({ name: 'assignment_completions' })
@Unique('uq_assignment_completions_organisation', ['assignmentId', 'organisationId'])
export class AssignmentCompletionEntity extends BaseEntity {
  @Column('uuid')
  assignmentId: string;

  @ManyToOne(() => EventAssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'assignment_id',
    foreignKeyConstraintName: 'fk_assignment_completions_assignment',
  })
  assignment?: EventAssignmentEntity;

  @Index('ix_assignment_completions_organisation')
  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_assignment_completions_organisation',
  })
  organisation?: OrganisationEntity;

  @Column('text', { nullable: true })
  answer: string | null;

  @Column('varchar', { length: 500, nullable: true })
  link: string | null;

  /** Who marked it done last; null once their account is gone. */
  @Column('uuid', { nullable: true })
  doneById: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'done_by_id', foreignKeyConstraintName: 'fk_assignment_completions_user' })
  doneBy?: unknown;

  @Column('timestamptz')
  doneAt: Date;
}
