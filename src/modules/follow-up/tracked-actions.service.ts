import { isUUID } from 'class-validator';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { isAdmin, type Principal } from '../../common/auth/principal.js';
import { DomainException, notFound } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { toLocalizedText } from '../../common/i18n/localized-text.input.js';
import { Clock } from '../../common/time/clock.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { AcademiesService } from '../academies/academies.service.js';
import { ApplicationRecordsService } from '../applications/application-records.service.js';
import { canonicalCode } from '../applications/answer-codes.js';
import { AuditService } from '../audit/audit.service.js';
import type {
  CreateActionPlanActionInput,
  SetDeclaredOnScheduleInput,
  SetTrackedActionStageInput,
  UpdateTrackedActionInput,
} from './dto/tracked-action.input.js';
import { TrackedActionStageChangeEntity } from './entities/tracked-action-stage-change.entity.js';
import { TrackedActionEntity } from './entities/tracked-action.entity.js';
import { FollowUpAccessService } from './follow-up-access.service.js';
import { DEFAULT_PILOT_TITLE } from './follow-up-labels.js';
import { TrackedActionKind, TrackedActionStage } from './follow-up.enums.js';
import type { TrackedActionModel } from './models/tracked-action.model.js';
import { TrackedActionViewService } from './tracked-action-view.service.js';

const EMPTY_TEXT = { fi: '', sv: null, en: null };

/** What the audit trail keeps of an action (before/after each change). */
export const actionSnapshot = (action: TrackedActionEntity): Record<string, unknown> => ({
  academyId: action.academyId,
  kind: action.kind,
  organisationId: action.organisationId,
  title: action.title,
  description: action.description,
  officialDescription: action.officialDescription,
  category: action.category,
  stage: action.stage,
  declaredOnSchedule: action.declaredOnSchedule,
});

/**
 * Tracked actions themselves: reading one, a pilot, an academy's action plan; creating
 * action-plan actions; texts, category, stage (with its history) and the declared schedule.
 * Every change runs in one transaction under the action's row lock, audited.
 */
@Injectable()
export class TrackedActionsService {
  constructor(
    private readonly transactions: ContendedTransactions,
    @InjectRepository(TrackedActionEntity)
    private readonly actions: Repository<TrackedActionEntity>,
    private readonly access: FollowUpAccessService,
    private readonly view: TrackedActionViewService,
    private readonly academies: AcademiesService,
    private readonly applications: ApplicationRecordsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async trackedAction(principal: Principal, id: string): Promise<TrackedActionModel> {
    if (!isUUID(id)) throw notFound();
    const action = await this.actions.findOneBy({ id });
    if (!action) throw notFound();
    return this.modelOf(principal, action);
  }

  /** The organisation's pilot in the academy; NOT_FOUND when there is none or the caller may not see it. */
  async pilot(
    principal: Principal,
    academyId: string,
    organisationId: string,
  ): Promise<TrackedActionModel> {
    // Ids come from addresses (`?organisation=`): one that is no id names no pilot.
    if (!isUUID(academyId) || !isUUID(organisationId)) throw notFound();
    const action = await this.actions.findOneBy({
      academyId,
      organisationId,
      kind: TrackedActionKind.PILOT_PROCUREMENT,
    });
    if (!action) throw notFound();
    return this.modelOf(principal, action);
  }

  /** The academy's action plan (staff only, enforced by the resolver's roles), oldest first. */
  async actionPlan(principal: Principal, academyId: string): Promise<TrackedActionModel[]> {
    await this.academies.require(academyId);
    const actions = await this.actions.find({
      where: { academyId, kind: TrackedActionKind.ACTION },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const canEdit = isAdmin(principal);
    return this.view.build(actions, () => canEdit);
  }

  /** A new action of the academy's action plan (admins; audited). */
  createAction(
    principal: Principal,
    input: CreateActionPlanActionInput,
  ): Promise<TrackedActionModel> {
    return this.transactions.run(async (manager) => {
      await this.academies.require(input.academyId, manager);
      const category = await this.checkedCategory(input.academyId, input.category, manager);
      const repository = manager.getRepository(TrackedActionEntity);
      const action = await repository.save(
        repository.create({
          academyId: input.academyId,
          kind: TrackedActionKind.ACTION,
          organisationId: null,
          title: toLocalizedText(input.title),
          description: input.description ? toLocalizedText(input.description) : EMPTY_TEXT,
          officialDescription: input.officialDescription
            ? toLocalizedText(input.officialDescription)
            : EMPTY_TEXT,
          category,
          stage: TrackedActionStage.NOT_STARTED,
          declaredOnSchedule: true,
        }),
      );
      await this.record(manager, principal.user.id, 'tracked_action.created', action, null);
      return this.modelAfterEdit(action, manager);
    });
  }

  update(principal: Principal, input: UpdateTrackedActionInput): Promise<TrackedActionModel> {
    return this.transactions.run(async (manager) => {
      const action = await this.access.lockForEdit(principal, input.trackedActionId, manager);
      const before = actionSnapshot(action);
      if (input.title) action.title = toLocalizedText(input.title);
      if (input.description) action.description = toLocalizedText(input.description);
      if (input.officialDescription)
        action.officialDescription = toLocalizedText(input.officialDescription);
      if (input.category !== undefined && input.category !== null)
        action.category = await this.checkedCategory(action.academyId, input.category, manager);
      const saved = await manager.getRepository(TrackedActionEntity).save(action);
      await this.record(manager, principal.user.id, 'tracked_action.updated', saved, before);
      return this.modelAfterEdit(saved, manager);
    });
  }

  /** Moves the stage (forwards or back), recorded in the history with who and when. */
  setStage(principal: Principal, input: SetTrackedActionStageInput): Promise<TrackedActionModel> {
    return this.transactions.run(async (manager) => {
      const action = await this.access.lockForEdit(principal, input.trackedActionId, manager);
      if (action.stage === input.stage) return this.modelAfterEdit(action, manager);
      const moved = await this.changeStage(manager, principal, action, input.stage);
      return this.modelAfterEdit(moved.action, manager);
    });
  }

  /**
   * The one stage path: moves a locked, editable action (the caller ran `lockForEdit` in
   * `manager`'s transaction) to `stage`, appends the history row and audits it. Used by
   * `setStage`, by progress updates that announce a move, and by the demo seed's history
   * (`at`: when the move happened; by default the server's clock).
   */
  async changeStage(
    manager: EntityManager,
    principal: { user: Pick<Principal['user'], 'id'> },
    action: TrackedActionEntity,
    stage: TrackedActionStage,
    at: Date = this.clock.now(),
  ): Promise<{ action: TrackedActionEntity; change: TrackedActionStageChangeEntity }> {
    const before = actionSnapshot(action);
    const fromStage = action.stage;
    action.stage = stage;
    const saved = await manager.getRepository(TrackedActionEntity).save(action);
    const history = manager.getRepository(TrackedActionStageChangeEntity);
    const change = await history.save(
      history.create({
        trackedActionId: action.id,
        fromStage,
        toStage: stage,
        changedById: principal.user.id,
        changedAt: at,
      }),
    );
    await this.record(manager, principal.user.id, 'tracked_action.stage_changed', saved, before);
    return { action: saved, change };
  }

  setDeclaredOnSchedule(
    principal: Principal,
    input: SetDeclaredOnScheduleInput,
  ): Promise<TrackedActionModel> {
    return this.transactions.run(async (manager) => {
      const action = await this.access.lockForEdit(principal, input.trackedActionId, manager);
      if (action.declaredOnSchedule === input.onSchedule)
        return this.modelAfterEdit(action, manager);
      const before = actionSnapshot(action);
      action.declaredOnSchedule = input.onSchedule;
      const saved = await manager.getRepository(TrackedActionEntity).save(action);
      await this.record(
        manager,
        principal.user.id,
        'tracked_action.schedule_declared',
        saved,
        before,
      );
      return this.modelAfterEdit(saved, manager);
    });
  }

  /**
   * The organisation's pilot, created in the caller's transaction (the confirmation's, through
   * `CohortEvents.onMemberAdded`) from its application's pilot plan; audited with no actor.
   * A second call finds the pilot and changes nothing (the unique index decides races).
   * Answers the new pilot, or null when it already existed.
   */
  async createPilot(
    manager: EntityManager,
    academyId: string,
    organisationId: string,
  ): Promise<TrackedActionEntity | null> {
    const plan = await this.applications.pilotPlanOf(academyId, organisationId, manager);
    const categories = await this.applications.pilotCategoriesOf(academyId, manager);
    const category = plan?.category ? canonicalCode(plan.category) : null;
    const inserted = await manager
      .getRepository(TrackedActionEntity)
      .createQueryBuilder()
      .insert()
      .values({
        academyId,
        kind: TrackedActionKind.PILOT_PROCUREMENT,
        organisationId,
        // The application's title is in the language it was written in, taken as Finnish.
        title: plan?.title ? { fi: plan.title, sv: null, en: null } : DEFAULT_PILOT_TITLE,
        description: plan?.description ? { fi: plan.description, sv: null, en: null } : EMPTY_TEXT,
        officialDescription: EMPTY_TEXT,
        // A category outside today's list (the criteria changed since) is left for the team.
        category:
          category && (categories.length === 0 || categories.includes(category)) ? category : null,
        stage: TrackedActionStage.NOT_STARTED,
        declaredOnSchedule: true,
      })
      .orIgnore()
      .returning('*')
      .execute();
    const row = (inserted.raw as Array<{ id: string }>)[0];
    if (!row) return null;
    const action = await manager.getRepository(TrackedActionEntity).findOneByOrFail({ id: row.id });
    await this.record(manager, null, 'tracked_action.created', action, null);
    return action;
  }

  /** The category as the academy's list spells it; UNKNOWN_CATEGORY when the list lacks it. */
  private async checkedCategory(
    academyId: string,
    value: string | null | undefined,
    manager: EntityManager,
  ): Promise<string | null> {
    if (value === null || value === undefined || value.trim() === '') return null;
    const code = canonicalCode(value);
    const categories = await this.applications.pilotCategoriesOf(academyId, manager);
    if (categories.length > 0 && !categories.includes(code))
      throw new DomainException(ErrorCode.UNKNOWN_CATEGORY, {
        field: 'input.category',
        allowed: categories,
      });
    return code;
  }

  private async modelOf(principal: Principal, action: TrackedActionEntity) {
    const { canEdit } = await this.access.assertCanRead(principal, action);
    const [model] = await this.view.build([action], () => canEdit);
    return model;
  }

  /** After a successful edit the caller may edit it. */
  async modelAfterEdit(action: TrackedActionEntity, manager: EntityManager) {
    const [model] = await this.view.build([action], () => true, manager);
    return model;
  }

  private record(
    manager: EntityManager,
    actorId: string | null,
    action: string,
    trackedAction: TrackedActionEntity,
    before: Record<string, unknown> | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId,
      action,
      entityType: 'tracked_action',
      entityId: trackedAction.id,
      before,
      after: actionSnapshot(trackedAction),
    });
  }
}
