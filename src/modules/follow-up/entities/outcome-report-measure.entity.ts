import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CircularMeasureEntity } from './circular-measure.entity.js';
import { OutcomeReportEntity } from './outcome-report.entity.js';

/**
 * A catalogue measure the report says the pilot used. The measure's key carries the academy,
 * so the database refuses another academy's measure.
 */
@Entity({ name: 'outcome_report_measures' })
export class OutcomeReportMeasureEntity {
  @PrimaryColumn('uuid')
  outcomeReportId: string;

  @PrimaryColumn('uuid')
  measureId: string;

  @PrimaryColumn('uuid')
  academyId: string;

  @ManyToOne(() => OutcomeReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'outcome_report_id',
    foreignKeyConstraintName: 'fk_outcome_report_measures_report',
  })
  report?: OutcomeReportEntity;

  // A catalogue entry a report names cannot be deleted (RESTRICT), as for the pilots' measures.
  @ManyToOne(() => CircularMeasureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'academy_id',
      referencedColumnName: 'academyId',
      foreignKeyConstraintName: 'fk_outcome_report_measures_measure',
    },
    {
      name: 'measure_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_outcome_report_measures_measure',
    },
  ])
  measure?: CircularMeasureEntity;
}
