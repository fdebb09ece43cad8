import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Records which data seeds have run, so each runs once and a restart never repeats it. */
@Entity({ name: 'seed_runs' })
export class SeedRunEntity {
  @PrimaryColumn('varchar', { length: 100 })
  name: string;

  @Column('text', { nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  ranAt: Date;
}
