import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Fixed-window counters shared by every instance (in PostgreSQL, not process memory).
 * Keys never contain a raw e-mail address: see RateLimitService (this module owns the table).
 */
@Entity({ name: 'rate_limit_counters' })
export class RateLimitCounterEntity {
  @PrimaryColumn('varchar', { length: 200 })
  key: string;

  @Column('timestamptz')
  windowStartedAt: Date;

  @Column('integer')
  hits: number;
}
