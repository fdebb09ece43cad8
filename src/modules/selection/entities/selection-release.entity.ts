import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { AcademyRecord } from '../../academies/academy.types.js';

/**
 * An academy's release of its selection: requested for an instant (`releaseAt`, now or
 * scheduled), done once (`releasedAt`). The release updates this row `WHERE released_at IS
 * NULL` in the same transaction as everything it writes, so it happens exactly once.
 */
@Entity({ name: 'selection_releases' })
export class SelectionReleaseEntity {
  @PrimaryColumn('uuid')
  academyId: string;

  @ManyToOne('AcademyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_selection_releases_academy' })
  academy?: AcademyRecord;

  @Column('timestamptz')
  releaseAt: Date;

  /** The scheduled release's job (null for a release done at once). */
  @Column('uuid', { nullable: true })
  jobId: string | null;

  @Column('uuid')
  requestedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt: Date;

  @Column('timestamptz', { nullable: true })
  releasedAt: Date | null;
}
