import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../../database/base.entity.js';
import { LocalizedText } from '../../../common/i18n/localized-text.js';
import { AcademyEntity } from '../../academies/entities/academy.entity.js';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity.js';
import { TrackedActionKind, TrackedActionStage } from '../follow-up.enums.js';

/**
 * One followed action (the action tracker of seed 002): a cohort organisation's pilot
 * procurement (one per academy and organisation) or an action of the programme's action plan
 * (no organisation, many per academy). Its stage history, milestones and tasks hang off it.
 */
@Entity({ name: 'tracked_actions' })
@Index('ix_tracked_actions_academy', ['academyId', 'kind'])
// One pilot per cohort organisation, whatever races (confirmation and backfill).
@Index('uq_tracked_actions_pilot', ['academyId', 'organisationId'], {
  unique: true,
  where: `"kind" = '${TrackedActionKind.PILOT_PROCUREMENT}'`,
})
// A pilot belongs to an organisation; an action-plan action to the programme only.
@Check(
  'ck_tracked_actions_organisation',
  `("kind" = '${TrackedActionKind.PILOT_PROCUREMENT}') = ("organisation_id" IS NOT NULL)`,
)
// The target of composite keys that carry the academy (tracked_action_measures: a measure of
// the action's own academy's catalogue only).
@Unique('uq_tracked_actions_academy_id', ['academyId', 'id'])
export class TrackedActionEntity extends BaseEntity {
  @Column('uuid')
  academyId: string;

  @ManyToOne(() => AcademyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'academy_id', foreignKeyConstraintName: 'fk_tracked_actions_academy' })
  academy?: AcademyEntity;

  @Column({ type: 'enum', enum: TrackedActionKind, enumName: 'tracked_action_kind' })
  kind: TrackedActionKind;

  @Index('ix_tracked_actions_organisation')
  @Column('uuid', { nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_tracked_actions_organisation',
  })
  organisation?: OrganisationEntity | null;

  @Column(() => LocalizedText, { prefix: 'title' })
  title: LocalizedText;

  /** The team's working description (Kuvaus); Finnish '' when not written yet. */
  @Column(() => LocalizedText, { prefix: 'description' })
  description: LocalizedText;

  /** The approved wording (Virallinen kuvaus); Finnish '' when not written yet. */
  @Column(() => LocalizedText, { prefix: 'official_description' })
  officialDescription: LocalizedText;

  /** A code of the academy's pilot categories (e.g. CONSTRUCTION); null when not given. */
  @Column('varchar', { length: 100, nullable: true })
  category: string | null;

  @Column({
    type: 'enum',
    enum: TrackedActionStage,
    enumName: 'tracked_action_stage',
    default: TrackedActionStage.NOT_STARTED,
  })
  stage: TrackedActionStage;

  /** Aikataulussa as the team declares it; `derivedBehind` is computed from dates. */
  @Column('boolean', { default: true })
  declaredOnSchedule: boolean;
}
