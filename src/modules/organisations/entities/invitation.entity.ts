import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { OrganisationEntity } from './organisation.entity.js';
import { MembershipRole } from '../membership.enums.js';

/** A pending offer to join an organisation; accepted when the invitee signs in. */
@Entity({ name: 'invitations' })
// One open invitation per address and organisation.
@Index('uq_invitations_open', ['organisationId', 'email'], {
  unique: true,
  where: '"accepted_at" IS NULL AND "revoked_at" IS NULL',
})
export class InvitationEntity extends BaseEntity {
  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_invitations_organisation' })
  organisation?: OrganisationEntity;

  @Index('ix_invitations_email')
  @Column('varchar', { length: 320 })
  email: string;

  @Column({ type: 'enum', enum: MembershipRole, enumName: 'membership_role' })
  role: MembershipRole;

  @Column('uuid', { nullable: true })
  invitedById: string | null;

  @Column('timestamptz', { nullable: true })
  acceptedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;
}
