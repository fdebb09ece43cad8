import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';
import type { AcademyRecord } from '../../academies/academy.types.js';
import type { ApplicationRecord } from '../../applications/application.types.js';
import { SelectionOutcome } from '../selection.enums.js';

/**
 * The programme manager's decision on one submitted application. Staged (visible to staff
 * only) until the academy's selection is released; then it is the organisation's decision.
 * A RESERVE carries its rank, unique within the academy (deferred, so ranks can be renumbered
 * in one transaction).
 */
@Entity({ name: 'selection_decisions' })
@Unique('uq_selection_decisions_reserve_rank', ['academyId', 'reserveRank'], {
  deferrable: 'INITIALLY DEFERRED',
})
@Check(
  'ck_selection_decisions_reserve_rank',
  `("outcome" = '${SelectionOutcome.RESERVE}') = ("reserve_rank" IS NOT NULL) AND ("reserve_rank" IS NULL OR "reserve_rank" > 0)`,
)
export class SelectionDecisionEntity {
  @PrimaryColumn('uuid')
  applicationId: string;

  @ManyToOne('ApplicationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'application_id',
    foreignKeyConstraintName: 'fk_selection_decisions_application',
  })
  application?: ApplicationRecord;

  @Index('ix_selection_decisions_academy_id')
  @Column('uuid')
  academyId: string;

  @ManyToOne('AcademyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_selection_decisions_academy' })
  academy?: AcademyRecord;

  @Column({ type: 'enum', enum: SelectionOutcome, enumName: 'selection_outcome' })
  outcome: SelectionOutcome;

  /** 1 = the first reserve to be offered a freed place. */
  @Column('integer', { nullable: true })
  reserveRank: number | null;

  /** The programme manager's note: staff only, never shown to the organisation. */
  @Column('text', { nullable: true })
  note: string | null;

  @Column('uuid')
  stagedById: string;

  @Column('timestamptz')
  stagedAt: Date;
}
