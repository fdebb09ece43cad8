import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import type { LocalizedText } from '../../../common/i18n/localized-text.js';
import { AcademyEntity } from '../../academies/entities/academy.entity.js';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity.js';

/**
 * An organisation's sign-up to an OPEN academy: who signed it up, when, and the terms of
 * participation they accepted (as the academy worded them then). The organisation is in the
 * cohort from the same transaction (`cohort_members`).
 */
@Entity({ name: 'sign_ups' })
// One sign-up per organisation and academy: a double click or two tabs make one, the other
// gets ALREADY_SIGNED_UP.
@Unique('uq_sign_ups_academy_organisation', ['academyId', 'organisationId'])
export class SignUpEntity extends BaseEntity {
  @Column('uuid')
  academyId: string;

  @ManyToOne(() => AcademyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_sign_ups_academy' })
  academy?: AcademyEntity;

  @Index('ix_sign_ups_organisation_id')
  @Column('uuid')
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_sign_ups_organisation' })
  organisation?: OrganisationEntity;

  /** Who signed up (null once their account is erased; the audit entry keeps the act). */
  @Index('ix_sign_ups_signed_up_by_id')
  @Column('uuid', { nullable: true })
  signedUpById: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'signed_up_by_id', foreignKeyConstraintName: 'fk_sign_ups_signed_up_by' })
  signedUpBy?: unknown;

  /** When the terms were accepted; null when the academy had none. */
  @Column('timestamptz', { nullable: true })
  termsAcceptedAt: Date | null;

  /** The terms as they read when accepted (they may be edited later). */
  @Column('jsonb', { nullable: true })
  acceptedTerms: LocalizedText | null;
}
