import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity.js';
import { AcademyEntity } from '../../academies/entities/academy.entity.js';

/**
 * An organisation in an academy's cohort. Its members are participants, later alumni.
 * (Written by the selection when it is published; the calendar feeds read it.)
 */
@Entity({ name: 'cohort_members' })
export class CohortMemberEntity {
  @PrimaryColumn('uuid')
  academyId: string;

  @ManyToOne(() => AcademyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_cohort_members_academy' })
  academy?: AcademyEntity;

  @Index('ix_cohort_members_organisation_id')
  @PrimaryColumn('uuid')
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_cohort_members_organisation',
  })
  organisation?: OrganisationEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt: Date;
}
