import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { UserEntity } from '../../users/entities/user.entity.js';
import { OrganisationEntity } from './organisation.entity.js';
import { MembershipRole } from '../membership.enums.js';

@Entity({ name: 'memberships' })
@Unique('uq_memberships_organisation_user', ['organisationId', 'userId'])
export class MembershipEntity extends BaseEntity {
  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_memberships_organisation' })
  organisation?: OrganisationEntity;

  @Index('ix_memberships_user_id')
  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_memberships_user' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: MembershipRole, enumName: 'membership_role' })
  role: MembershipRole;
}
