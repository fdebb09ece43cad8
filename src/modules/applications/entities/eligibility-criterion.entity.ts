import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { LocalizedText } from '../../../common/i18n/localized-text.js';
import { AcademyEntity } from '../../academies/entities/academy.entity.js';
import { CriterionKind, CriterionSeverity } from '../eligibility-criterion.enums.js';

/** Kind-specific settings; see eligibility.ts for what each kind reads. */
export interface CriterionParameters {
  organisationTypes?: string[];
  acceptedProgrammes?: string[];
  allowOtherProgramme?: boolean;
  categories?: string[];
  startFrom?: string;
  startTo?: string;
  minExperts?: number;
  requiredRoles?: string[];
  questionType?: 'TEXT' | 'CHOICE' | 'YES_NO';
  choices?: string[];
  required?: boolean;
  expectedAnswer?: string | boolean;
  /**
   * ATTESTATION only: the consent (`consents.<name>`) that also gives this attestation, so
   * the consent "share learnings" and the criterion with the same wording cannot disagree.
   */
  consent?: ConsentName;
}

/** The consents an application asks for (`consents` in the answers). */
export const CONSENT_NAMES = ['shareLearnings', 'attendEvents'] as const;
export type ConsentName = (typeof CONSENT_NAMES)[number];

/** An eligibility rule of one academy: data, not code. */
@Entity({ name: 'eligibility_criteria' })
@Index('ix_eligibility_criteria_academy_position', ['academyId', 'position'])
export class EligibilityCriterionEntity extends BaseEntity {
  @Column('uuid')
  academyId: string;

  @ManyToOne(() => AcademyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_eligibility_criteria_academy' })
  academy?: AcademyEntity;

  @Column('integer')
  position: number;

  @Column({ type: 'enum', enum: CriterionKind, enumName: 'criterion_kind' })
  kind: CriterionKind;

  @Column({ type: 'enum', enum: CriterionSeverity, enumName: 'criterion_severity' })
  severity: CriterionSeverity;

  @Column(() => LocalizedText, { prefix: 'label' })
  label: LocalizedText;

  @Column(() => LocalizedText, { prefix: 'help' })
  help: LocalizedText;

  @Column('jsonb')
  parameters: CriterionParameters;
}
