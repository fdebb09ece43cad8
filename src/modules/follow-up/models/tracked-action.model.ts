import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ListSize } from '../../../common/graphql/list-size.decorator.js';
import { LocalizedTextModel } from '../../../common/i18n/localized-text.model.js';
import { MilestoneKind, TrackedActionKind, TrackedActionStage } from '../follow-up.enums.js';

registerEnumType(TrackedActionKind, {
  name: 'TrackedActionKind',
  description:
    "PILOT_PROCUREMENT: a cohort organisation's pilot (one per organisation). ACTION: an action of the programme's action plan.",
});
registerEnumType(TrackedActionStage, {
  name: 'TrackedActionStage',
  description:
    'NOT_STARTED (Ei aloitettu / Inte påbörjad), PLANNING (Suunnittelu / Planering), IMPLEMENTATION (Toteutus / Genomförande), DONE (Valmis / Klar). Moves may go back.',
});
registerEnumType(MilestoneKind, {
  name: 'MilestoneKind',
  description: 'A usual milestone of a pilot procurement, or CUSTOM with its own title.',
});

@ObjectType('TrackedActionStageChange', { description: 'One stage move: from, to, by whom, when.' })
export class TrackedActionStageChangeModel {
  @Field(() => TrackedActionStage)
  fromStage: TrackedActionStage;

  @Field(() => TrackedActionStage)
  toStage: TrackedActionStage;

  @Field(() => String, {
    nullable: true,
    description: 'Who moved it (null once the account is gone).',
  })
  changedByName: string | null;

  @Field(() => Date)
  changedAt: Date;
}

@ObjectType('TrackedActionMilestone')
export class TrackedActionMilestoneModel {
  @Field(() => ID)
  id: string;

  @Field(() => MilestoneKind)
  kind: MilestoneKind;

  @Field(() => LocalizedTextModel, {
    description: "The kind's name in fi/sv/en unless the team wrote its own.",
  })
  title: LocalizedTextModel;

  @Field({ description: "Planned date, 'YYYY-MM-DD' in the academy's time zone." })
  plannedDate: string;

  @Field(() => Date, { nullable: true })
  doneAt: Date | null;

  @Field({ description: "Open and its planned date has passed in the academy's time zone." })
  overdue: boolean;
}

@ObjectType('TrackedActionTaskOwner', {
  description: "A task's owner: a team participant or a staff member.",
})
export class TrackedActionTaskOwnerModel {
  @Field(() => ID, { nullable: true })
  participantId: string | null;

  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Field()
  name: string;

  @Field({ description: 'The participant has left the team since (the task keeps its owner).' })
  hasLeft: boolean;
}

@ObjectType('TrackedActionTask')
export class TrackedActionTaskModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => TrackedActionTaskOwnerModel, { nullable: true })
  owner: TrackedActionTaskOwnerModel | null;

  @Field({ description: "Due date, 'YYYY-MM-DD' in the academy's time zone." })
  dueDate: string;

  @Field(() => Date, { nullable: true })
  doneAt: Date | null;

  @Field({ description: "Open and its due date has passed in the academy's time zone." })
  overdue: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The sparring agreed action this task came from, if any.',
  })
  agreedActionId: string | null;
}

@ObjectType('TrackedAction', {
  description:
    "A followed action (seed 002's action tracker): an organisation's pilot procurement or an action of the programme's action plan.",
})
export class TrackedActionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  academyId: string;

  @Field(() => TrackedActionKind)
  kind: TrackedActionKind;

  @Field(() => ID, { nullable: true, description: "The pilot's organisation; null for ACTION." })
  organisationId: string | null;

  @Field(() => String, { nullable: true })
  organisationName: string | null;

  @Field(() => LocalizedTextModel)
  title: LocalizedTextModel;

  @Field(() => LocalizedTextModel, {
    description: 'Kuvaus: the working description (may be empty).',
  })
  description: LocalizedTextModel;

  @Field(() => LocalizedTextModel, {
    description: 'Virallinen kuvaus: the approved wording (may be empty).',
  })
  officialDescription: LocalizedTextModel;

  @Field(() => String, { nullable: true, description: "A code of the academy's pilot categories." })
  category: string | null;

  @Field(() => TrackedActionStage)
  stage: TrackedActionStage;

  @Field({ description: 'Aikataulussa as the team (or, for ACTION, an admin) declares it.' })
  declaredOnSchedule: boolean;

  @Field({
    description:
      "An open task or milestone is past its date in the academy's time zone, by the server's clock.",
  })
  derivedBehind: boolean;

  @Field({ description: 'declaredOnSchedule and not derivedBehind.' })
  onSchedule: boolean;

  @Field(() => Int, { description: 'Open tasks past their due date.' })
  overdueTaskCount: number;

  @ListSize(10)
  @Field(() => [TrackedActionStageChangeModel], { description: 'Oldest first.' })
  stageHistory: TrackedActionStageChangeModel[];

  @ListSize(10)
  @Field(() => [TrackedActionMilestoneModel], { description: 'By planned date.' })
  milestones: TrackedActionMilestoneModel[];

  @ListSize(20)
  @Field(() => [TrackedActionTaskModel], { description: 'By due date.' })
  tasks: TrackedActionTaskModel[];

  @Field({ description: 'The caller may edit it (its team for a pilot, admins for ACTION).' })
  canEdit: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}
