import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CohortTeamService } from '../cohort/cohort-team.service.js';
import { AgreedActionsPort, type AgreedActionRecord } from './agreed-actions.port.js';
import { TrackedActionTaskEntity } from './entities/tracked-action-task.entity.js';
import { TrackedActionEntity } from './entities/tracked-action.entity.js';
import { TrackedActionKind } from './follow-up.enums.js';
import { isRealDate } from './schedule.js';
import { TrackedActionItemsService, taskSnapshotOf } from './tracked-action-items.service.js';

/**
 * Sparring's agreed actions arrive as tasks of the organisation's pilot, one task per agreed
 * action (`uq_tracked_action_tasks_agreed_action` decides repeats and races).
 * - Sparring calls `record` in the transaction that records the agreed action, and stores
 *   the answered task id (null while the organisation has no pilot yet).
 * - When a pilot is created, `copyExisting` turns the organisation's earlier agreed actions
 *   (asked through `AgreedActionsPort`) into tasks and tells sparring the links.
 */
@Injectable()
export class AgreedActionTasksService {
  constructor(
    private readonly port: AgreedActionsPort,
    private readonly team: CohortTeamService,
    private readonly items: TrackedActionItemsService,
  ) {}

  /** The task of the agreed action (created now, or the one it already has); null without a pilot. */
  async record(manager: EntityManager, agreed: AgreedActionRecord): Promise<string | null> {
    const pilot = await manager.getRepository(TrackedActionEntity).findOne({
      where: {
        academyId: agreed.academyId,
        organisationId: agreed.organisationId,
        kind: TrackedActionKind.PILOT_PROCUREMENT,
      },
      lock: { mode: 'pessimistic_write' },
    });
    if (!pilot) return null;
    return this.taskFor(manager, pilot, agreed);
  }

  /**
   * The agreed action was edited (in sparring's transaction): its task, while still open,
   * takes the new title, owner and due date; a done task keeps what was done. An action
   * without a task (no pilot yet, or the team removed the task) changes nothing here.
   */
  async changed(manager: EntityManager, agreed: AgreedActionRecord): Promise<void> {
    const task = await this.lockedTaskOf(manager, agreed.id);
    if (!task || task.doneAt) return;
    if (!isRealDate(agreed.dueDate)) throw new Error(`Agreed action ${agreed.id}: bad due date`);
    const before = taskSnapshotOf(task);
    const owner = await this.ownerFor(manager, task, agreed);
    task.title = agreed.title.slice(0, 500);
    task.ownerParticipantId = owner;
    task.dueDate = agreed.dueDate;
    if (JSON.stringify(before) === JSON.stringify(taskSnapshotOf(task))) return;
    const saved = await manager.getRepository(TrackedActionTaskEntity).save(task);
    await this.items.recordTask(manager, null, 'task.updated_from_agreed_action', saved, before);
  }

  /**
   * The agreed action is about to be removed (in sparring's transaction, before its delete):
   * an open task goes with it; a done task stays as the pilot's history, unlinked (the
   * foreign key's ON DELETE SET NULL would unlink it too).
   */
  async removed(manager: EntityManager, agreedActionId: string): Promise<void> {
    const task = await this.lockedTaskOf(manager, agreedActionId);
    if (!task) return;
    const repository = manager.getRepository(TrackedActionTaskEntity);
    if (task.doneAt) {
      await repository.update({ id: task.id }, { agreedActionId: null });
      await this.items.recordTask(
        manager,
        null,
        'task.unlinked_from_agreed_action',
        { ...task, agreedActionId: null },
        taskSnapshotOf(task),
      );
      return;
    }
    await repository.delete({ id: task.id });
    await this.items.recordTaskRemoval(manager, null, 'task.removed_with_agreed_action', task);
  }

  /** In the pilot's creating transaction: its organisation's earlier agreed actions become tasks. */
  async copyExisting(manager: EntityManager, pilot: TrackedActionEntity): Promise<void> {
    const agreed = await this.port.withoutTaskOf(manager, pilot.academyId, pilot.organisationId!);
    const links: Array<{ agreedActionId: string; taskId: string }> = [];
    for (const action of agreed) {
      const taskId = await this.taskFor(manager, pilot, action);
      links.push({ agreedActionId: action.id, taskId });
    }
    await this.port.linked(manager, links);
  }

  /** The task made from the agreed action, with its pilot's row locked first (as every edit). */
  private async lockedTaskOf(
    manager: EntityManager,
    agreedActionId: string,
  ): Promise<TrackedActionTaskEntity | null> {
    const repository = manager.getRepository(TrackedActionTaskEntity);
    const found = await repository.findOneBy({ agreedActionId });
    if (!found) return null;
    await manager.getRepository(TrackedActionEntity).findOne({
      where: { id: found.trackedActionId },
      lock: { mode: 'pessimistic_write' },
    });
    return repository.findOneBy({ agreedActionId });
  }

  /** The agreed action's owner if still on the pilot organisation's team, else none. */
  private async ownerFor(
    manager: EntityManager,
    task: TrackedActionTaskEntity,
    agreed: AgreedActionRecord,
  ): Promise<string | null> {
    if (!agreed.ownerParticipantId) return null;
    const [owner] = await this.team.activeParticipants(
      agreed.academyId,
      { ids: [agreed.ownerParticipantId], organisationIds: [agreed.organisationId] },
      manager,
    );
    return owner?.id ?? task.ownerParticipantId ?? null;
  }

  private async taskFor(
    manager: EntityManager,
    pilot: TrackedActionEntity,
    agreed: AgreedActionRecord,
  ): Promise<string> {
    const repository = manager.getRepository(TrackedActionTaskEntity);
    const existing = await repository.findOneBy({ agreedActionId: agreed.id });
    if (existing) return existing.id;
    // An owner who has left the team (or is of another organisation) leaves the task unowned.
    const [owner] = agreed.ownerParticipantId
      ? await this.team.activeParticipants(
          pilot.academyId,
          { ids: [agreed.ownerParticipantId], organisationIds: [pilot.organisationId!] },
          manager,
        )
      : [];
    if (!isRealDate(agreed.dueDate)) throw new Error(`Agreed action ${agreed.id}: bad due date`);
    const inserted = await repository
      .createQueryBuilder()
      .insert()
      .values({
        trackedActionId: pilot.id,
        title: agreed.title.slice(0, 500),
        ownerParticipantId: owner?.id ?? null,
        ownerUserId: null,
        dueDate: agreed.dueDate,
        doneAt: null,
        agreedActionId: agreed.id,
      })
      .orIgnore()
      .returning('*')
      .execute();
    const row = (inserted.raw as Array<{ id: string }>)[0];
    // A concurrent call inserted it first: answer that task.
    if (!row) return (await repository.findOneByOrFail({ agreedActionId: agreed.id })).id;
    const task = await repository.findOneByOrFail({ id: row.id });
    await this.items.recordTask(manager, null, 'task.added_from_agreed_action', task, null);
    return task.id;
  }
}
