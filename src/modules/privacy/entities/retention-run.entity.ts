import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What one day's retention run did (issue 17): one row per academy per day, and one per day
 * for the platform-wide kinds (`academy_id` null). The row is also the run's guard: it is
 * inserted first, in the run's transaction, and a second run of the same day (a retry, a
 * second instance) finds it and does nothing.
 */
@Entity({ name: 'retention_runs' })
@Index('uq_retention_runs_academy_day', ['academyId', 'runDate'], {
  unique: true,
  where: '"academy_id" IS NOT NULL',
})
@Index('uq_retention_runs_platform_day', ['runDate'], {
  unique: true,
  where: '"academy_id" IS NULL',
})
export class RetentionRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null: the run of the platform-wide kinds. */
  @Column('uuid', { nullable: true })
  academyId: string | null;

  @ManyToOne('AcademyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_retention_runs_academy' })
  academy?: unknown;

  /** The run's day (UTC), `YYYY-MM-DD`. */
  @Column('date')
  runDate: string;

  /** Records deleted or pseudonymised, by kind (every kind of the scope, 0 included). */
  @Column('jsonb')
  counts: Record<string, number>;

  @Column('timestamptz')
  ranAt: Date;
}
