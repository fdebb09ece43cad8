import {
  CreateDateColumn,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import type { OrganisationRecord } from '../../organisations/organisation.types.js';
import type { UserRecord } from '../../users/user.types.js';

/**
 * A reviewer's declared conflict of interest with an organisation (in every academy): they
 * are never assigned its applications, and declaring removes their open assignments.
 */
@Entity({ name: 'conflicts_of_interest' })
export class ConflictOfInterestEntity {
  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_conflicts_of_interest_user' })
  user?: UserRecord;

  @Index('ix_conflicts_of_interest_organisation_id')
  @PrimaryColumn('uuid')
  organisationId: string;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_conflicts_of_interest_organisation',
  })
  organisation?: OrganisationRecord;

  @Column('text', { nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  declaredAt: Date;
}
