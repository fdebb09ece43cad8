import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../../database/base.entity.js';
import { OrganisationEntity } from '../../../organisations/entities/organisation.entity.js';
import { UserEntity } from '../../../users/entities/user.entity.js';
import { DataExportKind, DataExportStatus } from '../data-export.enums.js';

/**
 * One request for a data export (issue 17) and, while it waits to be downloaded, its zip
 * archive. The link's token is never stored, only its hash; the archive is deleted at the
 * first download or when the link expires (docs/privacy.md).
 */
@Entity({ name: 'data_exports' })
@Unique('uq_data_exports_token_hash', ['tokenHash'])
@Index('ix_data_exports_requested_by', ['requestedById', 'createdAt'])
export class DataExportEntity extends BaseEntity {
  @Column({ type: 'enum', enum: DataExportKind, enumName: 'data_export_kind' })
  kind: DataExportKind;

  @Column('uuid')
  requestedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requested_by_id', foreignKeyConstraintName: 'fk_data_exports_requested_by' })
  requestedBy?: UserEntity;

  /** The exported organisation (ORGANISATION exports only). */
  @Column('uuid', { nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_data_exports_organisation' })
  organisation?: OrganisationEntity;

  @Column({
    type: 'enum',
    enum: DataExportStatus,
    enumName: 'data_export_status',
    default: DataExportStatus.PENDING,
  })
  status: DataExportStatus;

  /** SHA-256 of the download link's token (set when the archive is ready). */
  @Column('char', { length: 64, nullable: true, select: false })
  tokenHash: string | null;

  /** The zip archive, from READY until it is downloaded or expires. */
  @Column('bytea', { nullable: true, select: false })
  archive: Buffer | null;

  /**
   * bigint: an integer would stop at 2 GiB. node-postgres answers int8 as a string; sizes stay
   * far below 2^53, so a number is exact.
   */
  @Column('bigint', {
    nullable: true,
    transformer: {
      to: (value: number | null | undefined) => value,
      from: (value: string | null) => (value === null ? null : Number(value)),
    },
  })
  sizeBytes: number | null;

  @Column('timestamptz', { nullable: true })
  readyAt: Date | null;

  @Column('timestamptz', { nullable: true })
  expiresAt: Date | null;

  @Column('timestamptz', { nullable: true })
  downloadedAt: Date | null;
}
