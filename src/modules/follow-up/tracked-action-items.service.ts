import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GlobalRole } from '../../common/auth/global-role.js';
import type { Principal } from '../../common/auth/principal.js';
import {
  DomainException,
  InputValidationException,
  notFound,
} from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { toLocalizedText } from '../../common/i18n/localized-text.input.js';
import { Clock } from '../../common/time/clock.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';
import { AuditService } from '../audit/audit.service.js';
import { CohortTeamService } from '../cohort/cohort-team.service.js';
import { UsersService } from '../users/users.service.js';
import type {
  AddMilestoneInput,
  AddTaskInput,
  MilestoneIdInput,
  TaskIdInput,
  UpdateMilestoneInput,
  UpdateTaskInput,
} from './dto/tracked-action-item.input.js';
import { TrackedActionMilestoneEntity } from './entities/tracked-action-milestone.entity.js';
import { TrackedActionTaskEntity } from './entities/tracked-action-task.entity.js';
import { TrackedActionEntity } from './entities/tracked-action.entity.js';
import { FollowUpAccessService } from './follow-up-access.service.js';
import { MILESTONE_TITLES } from './follow-up-labels.js';
import { MilestoneKind, TrackedActionKind } from './follow-up.enums.js';
import type { TrackedActionModel } from './models/tracked-action.model.js';
import { isRealDate } from './schedule.js';
import { TrackedActionsService } from './tracked-actions.service.js';

const milestoneSnapshot = (milestone: TrackedActionMilestoneEntity) => ({
  trackedActionId: milestone.trackedActionId,
  kind: milestone.kind,
  title: milestone.title,
  plannedDate: milestone.plannedDate,
  doneAt: milestone.doneAt?.toISOString() ?? null,
});

export const taskSnapshotOf = (task: TrackedActionTaskEntity) => ({
  trackedActionId: task.trackedActionId,
  title: task.title,
  ownerParticipantId: task.ownerParticipantId,
  ownerUserId: task.ownerUserId,
  dueDate: task.dueDate,
  doneAt: task.doneAt?.toISOString() ?? null,
  agreedActionId: task.agreedActionId,
});

/** A real 'YYYY-MM-DD' or INVALID_DATE naming the field (checked before anything is written). */
export function checkedDate(value: string, field: string): string {
  if (!isRealDate(value.trim())) throw new DomainException(ErrorCode.INVALID_DATE, { field });
  return value.trim();
}

/**
 * Milestones and tasks of a tracked action. Every change locks the action's row (through
 * `FollowUpAccessService.lockForEdit`, which also decides who may edit), is audited in the
 * same transaction and answers the whole action.
 */
@Injectable()
export class TrackedActionItemsService {
  constructor(
    private readonly transactions: ContendedTransactions,
    private readonly access: FollowUpAccessService,
    private readonly actions: TrackedActionsService,
    private readonly team: CohortTeamService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  addMilestone(principal: Principal, input: AddMilestoneInput): Promise<TrackedActionModel> {
    return this.transactions.run(async (manager) => {
      const action = await this.access.lockForEdit(principal, input.trackedActionId, manager);
      const plannedDate = checkedDate(input.plannedDate, 'input.plannedDate');
      let title;
      if (input.title) title = toLocalizedText(input.title);
      else if (input.kind === MilestoneKind.CUSTOM)
        throw new InputValidationException([
          {
            field: 'input.title',
            rule: 'isNotEmpty',
            detail: 'A CUSTOM milestone needs a title.',
          },
        ]);
      else title = { ...MILESTONE_TITLES[input.kind] };
      const repository = manager.getRepository(TrackedActionMilestoneEntity);
      const milestone = await repository.save(
        repository.create({
          trackedActionId: action.id,
          kind: input.kind,
          title,
          plannedDate,
          doneAt: null,
        }),
      );
      await this.recordMilestone(manager, principal, 'milestone.added', milestone, null);
      return this.answer(action, manager);
    });
  }

  updateMilestone(principal: Principal, input: UpdateMilestoneInput): Promise<TrackedActionModel> {
    return this.changeMilestone(principal, input.milestoneId, 'milestone.updated', (milestone) => {
      if (input.plannedDate)
        milestone.plannedDate = checkedDate(input.plannedDate, 'input.plannedDate');
      if (input.title) milestone.title = toLocalizedText(input.title);
    });
  }

  completeMilestone(principal: Principal, input: MilestoneIdInput): Promise<TrackedActionModel> {
    return this.changeMilestone(principal, input.milestoneId, 'milestone.done', (milestone) => {
      milestone.doneAt ??= this.clock.now();
    });
  }

  reopenMilestone(principal: Principal, input: MilestoneIdInput): Promise<TrackedActionModel> {
    return this.changeMilestone(principal, input.milestoneId, 'milestone.reopened', (milestone) => {
      milestone.doneAt = null;
    });
  }

  removeMilestone(principal: Principal, input: MilestoneIdInput): Promise<TrackedActionModel> {
    return this.transactions.run(async (manager) => {
      const { action, milestone } = await this.lockMilestone(principal, input.milestoneId, manager);
      await manager.getRepository(TrackedActionMilestoneEntity).delete({ id: milestone.id });
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'milestone.removed',
        entityType: 'tracked_action',
        entityId: action.id,
        before: { milestoneId: milestone.id, ...milestoneSnapshot(milestone) },
        after: null,
      });
      return this.answer(action, manager);
    });
  }

  addTask(principal: Principal, input: AddTaskInput): Promise<TrackedActionModel> {
    return this.transactions.run(async (manager) => {
      const action = await this.access.lockForEdit(principal, input.trackedActionId, manager);
      const dueDate = checkedDate(input.dueDate, 'input.dueDate');
      const owner = await this.checkedOwner(action, input, manager);
      const repository = manager.getRepository(TrackedActionTaskEntity);
      const task = await repository.save(
        repository.create({
          trackedActionId: action.id,
          title: input.title.trim(),
          ...owner,
          dueDate,
          doneAt: null,
          agreedActionId: null,
        }),
      );
      await this.recordTask(manager, principal.user.id, 'task.added', task, null);
      return this.answer(action, manager);
    });
  }

  updateTask(principal: Principal, input: UpdateTaskInput): Promise<TrackedActionModel> {
    return this.changeTask(
      principal,
      input.taskId,
      'task.updated',
      async (task, action, manager) => {
        if (input.dueDate) task.dueDate = checkedDate(input.dueDate, 'input.dueDate');
        if (input.title) task.title = input.title.trim();
        if (input.clearOwner) Object.assign(task, { ownerParticipantId: null, ownerUserId: null });
        else if (input.ownerParticipantId || input.ownerUserId)
          Object.assign(task, await this.checkedOwner(action, input, manager));
      },
    );
  }

  completeTask(principal: Principal, input: TaskIdInput): Promise<TrackedActionModel> {
    return this.changeTask(principal, input.taskId, 'task.done', (task) => {
      task.doneAt ??= this.clock.now();
      return Promise.resolve();
    });
  }

  reopenTask(principal: Principal, input: TaskIdInput): Promise<TrackedActionModel> {
    return this.changeTask(principal, input.taskId, 'task.reopened', (task) => {
      task.doneAt = null;
      return Promise.resolve();
    });
  }

  removeTask(principal: Principal, input: TaskIdInput): Promise<TrackedActionModel> {
    return this.transactions.run(async (manager) => {
      const { action, task } = await this.lockTask(principal, input.taskId, manager);
      await manager.getRepository(TrackedActionTaskEntity).delete({ id: task.id });
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'task.removed',
        entityType: 'tracked_action',
        entityId: action.id,
        before: { taskId: task.id, ...taskSnapshotOf(task) },
        after: null,
      });
      return this.answer(action, manager);
    });
  }

  /**
   * The owner a task may have: on a pilot, a participant of the organisation's cohort team
   * who has not left; on an action-plan action, a staff member (ADMIN or EXPERT). Anyone else:
   * OWNER_NOT_IN_TEAM. No owner is allowed on both.
   */
  private async checkedOwner(
    action: TrackedActionEntity,
    input: { ownerParticipantId?: string | null; ownerUserId?: string | null },
    manager: EntityManager,
  ): Promise<{ ownerParticipantId: string | null; ownerUserId: string | null }> {
    const refuse = (field: string) =>
      new DomainException(ErrorCode.OWNER_NOT_IN_TEAM, { field: `input.${field}` });
    if (action.kind === TrackedActionKind.PILOT_PROCUREMENT) {
      if (input.ownerUserId) throw refuse('ownerUserId');
      if (!input.ownerParticipantId) return { ownerParticipantId: null, ownerUserId: null };
      const [person] = await this.team.activeParticipants(
        action.academyId,
        { ids: [input.ownerParticipantId], organisationIds: [action.organisationId!] },
        manager,
      );
      if (!person) throw refuse('ownerParticipantId');
      return { ownerParticipantId: person.id, ownerUserId: null };
    }
    if (input.ownerParticipantId) throw refuse('ownerParticipantId');
    if (!input.ownerUserId) return { ownerParticipantId: null, ownerUserId: null };
    const [user] = await this.users.findByIds([input.ownerUserId], manager);
    const staff = user?.roles.some(
      (role) => role === GlobalRole.ADMIN || role === GlobalRole.EXPERT,
    );
    if (!staff) throw refuse('ownerUserId');
    return { ownerParticipantId: null, ownerUserId: user.id };
  }

  private changeMilestone(
    principal: Principal,
    milestoneId: string,
    auditAction: string,
    change: (milestone: TrackedActionMilestoneEntity) => void,
  ): Promise<TrackedActionModel> {
    return this.transactions.run(async (manager) => {
      const { action, milestone } = await this.lockMilestone(principal, milestoneId, manager);
      const before = milestoneSnapshot(milestone);
      change(milestone);
      const saved = await manager.getRepository(TrackedActionMilestoneEntity).save(milestone);
      await this.recordMilestone(manager, principal, auditAction, saved, before);
      return this.answer(action, manager);
    });
  }

  private changeTask(
    principal: Principal,
    taskId: string,
    auditAction: string,
    change: (
      task: TrackedActionTaskEntity,
      action: TrackedActionEntity,
      manager: EntityManager,
    ) => Promise<void>,
  ): Promise<TrackedActionModel> {
    return this.transactions.run(async (manager) => {
      const { action, task } = await this.lockTask(principal, taskId, manager);
      const before = taskSnapshotOf(task);
      await change(task, action, manager);
      const saved = await manager.getRepository(TrackedActionTaskEntity).save(task);
      await this.recordTask(manager, principal.user.id, auditAction, saved, before);
      return this.answer(action, manager);
    });
  }

  private async lockMilestone(principal: Principal, milestoneId: string, manager: EntityManager) {
    const found = await manager
      .getRepository(TrackedActionMilestoneEntity)
      .findOneBy({ id: milestoneId });
    if (!found) throw notFound();
    const action = await this.access.lockForEdit(principal, found.trackedActionId, manager);
    // Read again under the action's lock: a concurrent change may have come first.
    const milestone = await manager
      .getRepository(TrackedActionMilestoneEntity)
      .findOneBy({ id: milestoneId });
    if (!milestone) throw notFound();
    return { action, milestone };
  }

  private async lockTask(principal: Principal, taskId: string, manager: EntityManager) {
    const found = await manager.getRepository(TrackedActionTaskEntity).findOneBy({ id: taskId });
    if (!found) throw notFound();
    const action = await this.access.lockForEdit(principal, found.trackedActionId, manager);
    const task = await manager.getRepository(TrackedActionTaskEntity).findOneBy({ id: taskId });
    if (!task) throw notFound();
    return { action, task };
  }

  private async answer(action: TrackedActionEntity, manager: EntityManager) {
    // The action's updated_at marks any change of its items, for lists sorted by activity.
    await manager
      .getRepository(TrackedActionEntity)
      .update({ id: action.id }, { updatedAt: this.clock.now() });
    const fresh = await manager
      .getRepository(TrackedActionEntity)
      .findOneByOrFail({ id: action.id });
    return this.actions.modelAfterEdit(fresh, manager);
  }

  private recordMilestone(
    manager: EntityManager,
    principal: Principal,
    auditAction: string,
    milestone: TrackedActionMilestoneEntity,
    before: Record<string, unknown> | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: principal.user.id,
      action: auditAction,
      entityType: 'tracked_action',
      entityId: milestone.trackedActionId,
      before: before ? { milestoneId: milestone.id, ...before } : null,
      after: { milestoneId: milestone.id, ...milestoneSnapshot(milestone) },
    });
  }

  /** The audit entry of a task removed without a person's edit (e.g. with its agreed action). */
  recordTaskRemoval(
    manager: EntityManager,
    actorId: string | null,
    auditAction: string,
    task: TrackedActionTaskEntity,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId,
      action: auditAction,
      entityType: 'tracked_action',
      entityId: task.trackedActionId,
      before: { taskId: task.id, ...taskSnapshotOf(task) },
      after: null,
    });
  }

  recordTask(
    manager: EntityManager,
    actorId: string | null,
    auditAction: string,
    task: TrackedActionTaskEntity,
    before: Record<string, unknown> | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId,
      action: auditAction,
      entityType: 'tracked_action',
      entityId: task.trackedActionId,
      before: before ? { taskId: task.id, ...before } : null,
      after: { taskId: task.id, ...taskSnapshotOf(task) },
    });
  }
}
