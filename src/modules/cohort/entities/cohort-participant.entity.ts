import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import type { UserRecord } from '../../users/user.types.js';
import { CohortParticipantRole } from '../cohort.enums.js';
import { CohortMemberEntity } from './cohort-member.entity.js';

/**
 * A named person of a cohort organisation's team: the responsible person and the experts of
 * its application when it confirmed, later changed by the organisation's contacts. A person
 * with an account is linked by `userId` (matched by e-mail). Removing someone sets `leftAt`
 * (the row stays: it keeps them out of the cohort although they may still be a member of the
 * organisation, and their attendance history keeps its subject); adding them again clears it.
 */
@Entity({ name: 'cohort_participants' })
@Unique('uq_cohort_participants_email', ['academyId', 'organisationId', 'email'])
@Index('ix_cohort_participants_org', ['academyId', 'organisationId'])
// One responsible person per team among those who have not left.
@Index('uq_cohort_participants_responsible', ['academyId', 'organisationId'], {
  unique: true,
  where: `"role" = '${CohortParticipantRole.RESPONSIBLE}' AND "left_at" IS NULL`,
})
export class CohortParticipantEntity extends BaseEntity {
  @Column('uuid')
  academyId: string;

  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => CohortMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'academy_id',
      referencedColumnName: 'academyId',
      foreignKeyConstraintName: 'fk_cohort_participants_member',
    },
    { name: 'organisation_id', referencedColumnName: 'organisationId' },
  ])
  member?: CohortMemberEntity;

  @Index('ix_cohort_participants_user_id')
  @Column('uuid', { nullable: true })
  userId: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_cohort_participants_user' })
  user?: UserRecord | null;

  @Column('varchar', { length: 200 })
  name: string;

  /** Lower-cased, as users' e-mail addresses are. */
  @Column('varchar', { length: 254 })
  email: string;

  @Column({ type: 'enum', enum: CohortParticipantRole, enumName: 'cohort_participant_role' })
  role: CohortParticipantRole;

  /** Free text from the application, e.g. "procurement" or "environment". */
  @Column('varchar', { length: 200, nullable: true })
  teamRole: string | null;

  /** When the organisation's contacts removed them from the team; null while on it. */
  @Column('timestamptz', { nullable: true })
  leftAt: Date | null;
}
