import { Column, Entity, Index, JoinColumn, ManyToOne, Unique, VersionColumn } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { AcademyEntity } from '../../academies/entities/academy.entity.js';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity.js';
import type { ApplicationAnswers } from '../application-answers.js';
import { ApplicationStatus } from '../application.enums.js';

/** One organisation's application to one academy (the database allows only one). */
@Entity({ name: 'applications' })
@Unique('uq_applications_academy_organisation', ['academyId', 'organisationId'])
@Index('ix_applications_academy_status', ['academyId', 'status'])
export class ApplicationEntity extends BaseEntity {
  @Column('uuid')
  academyId: string;

  @ManyToOne(() => AcademyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_applications_academy' })
  academy?: AcademyEntity;

  @Index('ix_applications_organisation_id')
  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_applications_organisation' })
  organisation?: OrganisationEntity;

  @Column({
    type: 'enum',
    enum: ApplicationStatus,
    enumName: 'application_status',
    default: ApplicationStatus.DRAFT,
  })
  status: ApplicationStatus;

  /** Every section as saved; partial while a draft. */
  @Column('jsonb')
  answers: ApplicationAnswers;

  /** Raised on every save: a save naming an older version is refused (CONFLICT). */
  @VersionColumn()
  version: number;

  @Column('timestamptz', { nullable: true })
  submittedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  withdrawnAt: Date | null;

  @Column('uuid', { nullable: true })
  updatedById: string | null;
}
