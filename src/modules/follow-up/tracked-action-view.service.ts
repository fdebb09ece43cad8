import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock.js';
import { AcademiesService } from '../academies/academies.service.js';
import { CohortTeamService } from '../cohort/cohort-team.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { UsersService } from '../users/users.service.js';
import { TrackedActionMilestoneEntity } from './entities/tracked-action-milestone.entity.js';
import { TrackedActionStageChangeEntity } from './entities/tracked-action-stage-change.entity.js';
import { TrackedActionTaskEntity } from './entities/tracked-action-task.entity.js';
import type { TrackedActionEntity } from './entities/tracked-action.entity.js';
import type { TrackedActionModel } from './models/tracked-action.model.js';
import { isOverdue, localDateOf, scheduleOf } from './schedule.js';

/**
 * Builds whole tracked actions (history, milestones, tasks, owners, the schedule) for a list
 * of actions in a fixed number of statements, whatever their number. "Today" is the server's
 * clock in each action's academy's zone.
 */
@Injectable()
export class TrackedActionViewService {
  constructor(
    @InjectRepository(TrackedActionTaskEntity)
    private readonly tasks: Repository<TrackedActionTaskEntity>,
    private readonly academies: AcademiesService,
    private readonly organisations: OrganisationsService,
    private readonly team: CohortTeamService,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  async build(
    actions: readonly TrackedActionEntity[],
    canEdit: (action: TrackedActionEntity) => boolean,
    manager?: EntityManager,
  ): Promise<TrackedActionModel[]> {
    if (actions.length === 0) return [];
    const db = manager ?? this.tasks.manager;
    const ids = actions.map((action) => action.id);
    // One statement after another: inside a transaction they share one connection.
    const changes = await db.getRepository(TrackedActionStageChangeEntity).find({
      where: { trackedActionId: In(ids) },
      order: { changedAt: 'ASC', createdAt: 'ASC' },
    });
    const milestones = await db.getRepository(TrackedActionMilestoneEntity).find({
      where: { trackedActionId: In(ids) },
      order: { plannedDate: 'ASC', createdAt: 'ASC' },
    });
    const tasks = await db.getRepository(TrackedActionTaskEntity).find({
      where: { trackedActionId: In(ids) },
      order: { dueDate: 'ASC', createdAt: 'ASC' },
    });
    const academies = await this.academies.findByIds(
      [...new Set(actions.map((action) => action.academyId))],
      manager,
    );
    const organisations = await this.organisations.findByIds(
      [...new Set(actions.flatMap((action) => action.organisationId ?? []))],
      manager,
    );
    const participants = await this.team.participantsByIds(
      [...new Set(tasks.flatMap((task) => task.ownerParticipantId ?? []))],
      manager,
    );
    const people = await this.users.findByIds(
      [
        ...new Set([
          ...changes.flatMap((change) => change.changedById ?? []),
          ...tasks.flatMap((task) => task.ownerUserId ?? []),
        ]),
      ],
      manager,
    );
    const now = this.clock.now();
    const today = new Map(
      academies.map((academy) => [academy.id, localDateOf(now, academy.timeZone)]),
    );
    const organisationNames = new Map(organisations.map((o) => [o.id, o.name]));
    const participantById = new Map(participants.map((person) => [person.id, person]));
    const nameOfUser = new Map(people.map((user) => [user.id, user.name ?? user.email]));
    const byAction = <T extends { trackedActionId: string }>(rows: T[]) => {
      const grouped = new Map<string, T[]>();
      for (const row of rows)
        grouped.set(row.trackedActionId, [...(grouped.get(row.trackedActionId) ?? []), row]);
      return grouped;
    };
    const changesOf = byAction(changes);
    const milestonesOf = byAction(milestones);
    const tasksOf = byAction(tasks);

    return actions.map((action) => {
      const day = today.get(action.academyId) ?? localDateOf(now, 'Europe/Helsinki');
      const actionTasks = (tasksOf.get(action.id) ?? []).map((task) => {
        const participant = task.ownerParticipantId
          ? participantById.get(task.ownerParticipantId)
          : undefined;
        const ownerName = participant
          ? participant.name
          : task.ownerUserId
            ? nameOfUser.get(task.ownerUserId)
            : undefined;
        return {
          id: task.id,
          title: task.title,
          owner:
            ownerName === undefined
              ? null
              : {
                  participantId: task.ownerParticipantId,
                  userId: task.ownerUserId,
                  name: ownerName,
                  hasLeft: participant ? participant.leftAt !== null : false,
                },
          dueDate: task.dueDate,
          doneAt: task.doneAt,
          overdue: isOverdue(task.dueDate, task.doneAt, day),
          agreedActionId: task.agreedActionId,
        };
      });
      const actionMilestones = (milestonesOf.get(action.id) ?? []).map((milestone) => ({
        id: milestone.id,
        kind: milestone.kind,
        title: milestone.title,
        plannedDate: milestone.plannedDate,
        doneAt: milestone.doneAt,
        overdue: isOverdue(milestone.plannedDate, milestone.doneAt, day),
      }));
      const schedule = scheduleOf(
        action.declaredOnSchedule,
        [
          ...actionTasks.map((task) => ({ date: task.dueDate, doneAt: task.doneAt })),
          ...actionMilestones.map((item) => ({ date: item.plannedDate, doneAt: item.doneAt })),
        ],
        day,
      );
      return {
        id: action.id,
        academyId: action.academyId,
        kind: action.kind,
        organisationId: action.organisationId,
        organisationName: action.organisationId
          ? (organisationNames.get(action.organisationId) ?? null)
          : null,
        title: action.title,
        description: action.description,
        officialDescription: action.officialDescription,
        category: action.category,
        stage: action.stage,
        declaredOnSchedule: action.declaredOnSchedule,
        derivedBehind: schedule.derivedBehind,
        onSchedule: schedule.onSchedule,
        overdueTaskCount: actionTasks.filter((task) => task.overdue).length,
        stageHistory: (changesOf.get(action.id) ?? []).map((change) => ({
          fromStage: change.fromStage,
          toStage: change.toStage,
          changedByName: change.changedById ? (nameOfUser.get(change.changedById) ?? null) : null,
          changedAt: change.changedAt,
        })),
        milestones: actionMilestones,
        tasks: actionTasks,
        canEdit: canEdit(action),
        createdAt: action.createdAt,
        updatedAt: action.updatedAt,
      };
    });
  }
}
