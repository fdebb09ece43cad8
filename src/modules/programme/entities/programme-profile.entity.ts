import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { AcademyEntity } from '../../academies/entities/academy.entity.js';

/**
 * What a programme's public page says beside the academy's own texts: how long it runs and its
 * total budget. One row per academy, written by the programme manager (audited).
 */
@Entity({ name: 'programme_profiles' })
@Check(
  'ck_programme_profiles_duration',
  '"start_date" IS NULL OR "end_date" IS NULL OR "start_date" <= "end_date"',
)
@Check('ck_programme_profiles_budget_non_negative', '"budget_amount" >= 0')
@Check(
  'ck_programme_profiles_budget_currency',
  '("budget_amount" IS NULL) = ("budget_currency" IS NULL)',
)
export class ProgrammeProfileEntity {
  @PrimaryColumn('uuid')
  academyId: string;

  @OneToOne(() => AcademyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_programme_profiles_academy' })
  academy?: AcademyEntity;

  /** First day, a calendar date in the academy's zone ('YYYY-MM-DD'; TypeORM hydrates `date` as a string). */
  @Column('date', { nullable: true })
  startDate: string | null;

  /** Last day (inclusive), a date that exists: the seed's "31.11.2021" is stored as 2021-11-30. */
  @Column('date', { nullable: true })
  endDate: string | null;

  /** Exact decimal, never a float: `pg` returns numeric as a string such as '225118.00'. */
  @Column('numeric', { precision: 14, scale: 2, nullable: true })
  budgetAmount: string | null;

  /** ISO 4217 code, e.g. EUR. */
  @Column('char', { length: 3, nullable: true })
  budgetCurrency: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
