import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { RetentionKind } from '../../../common/privacy/retention-kinds.js';

/**
 * An academy's keeping time for one kind of data (issue 17), set by an admin; a kind without a
 * row (or a row without `months`) uses the platform default (`RETENTION_KINDS`). The legal
 * minimum is the academy's own (e.g. an archive rule it is bound by), set apart from the period
 * with a reason: the period can never be set shorter.
 */
@Entity({ name: 'retention_settings' })
@Check('ck_retention_settings_months', '"months" >= 0 AND "legal_minimum_months" >= 0')
@Check(
  'ck_retention_settings_legal_minimum',
  '"months" IS NULL OR "months" >= "legal_minimum_months"',
)
export class RetentionSettingEntity {
  @PrimaryColumn('uuid')
  academyId: string;

  @ManyToOne('AcademyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_retention_settings_academy' })
  academy?: unknown;

  @PrimaryColumn({ type: 'enum', enum: RetentionKind, enumName: 'retention_kind' })
  kind: RetentionKind;

  /**
   * Months after the kind's "after what" the records are deleted or pseudonymised; null: the
   * platform default (the row then only holds the legal minimum).
   */
  @Column('int', { nullable: true })
  months: number | null;

  /** The shortest period the academy may set for this kind. */
  @Column('int', { default: 0 })
  legalMinimumMonths: number;

  @Column('uuid', { nullable: true })
  updatedById: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'updated_by_id',
    foreignKeyConstraintName: 'fk_retention_settings_updated_by',
  })
  updatedBy?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
