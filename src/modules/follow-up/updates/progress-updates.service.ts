import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import type { Principal } from '../../../common/auth/principal.js';
import { notFound } from '../../../common/errors/domain.exception.js';
import { Clock } from '../../../common/time/clock.js';
import { ContendedTransactions } from '../../../database/contended-transactions.js';
import { AuditService } from '../../audit/audit.service.js';
import { UsersService } from '../../users/users.service.js';
import { ProgressUpdateEntity } from '../entities/progress-update.entity.js';
import { TrackedActionStageChangeEntity } from '../entities/tracked-action-stage-change.entity.js';
import { TrackedActionEntity } from '../entities/tracked-action.entity.js';
import { UpdateCommentEntity } from '../entities/update-comment.entity.js';
import { FollowUpAccessService } from '../follow-up-access.service.js';
import type { TrackedActionModel } from '../models/tracked-action.model.js';
import { TrackedActionsService } from '../tracked-actions.service.js';
import type {
  CommentProgressUpdateInput,
  WriteProgressUpdateInput,
} from './progress-update.input.js';
import type { ProgressUpdateModel } from './progress-update.model.js';

interface UpdateRow {
  id: string;
  tracked_action_id: string;
  author_id: string | null;
  body: string;
  stage_change_id: string | null;
  written_at: Date;
}

/**
 * Progress updates (the action's dated history) and the comments on them. The team writes
 * updates (whoever may edit the action); everyone who may read the action comments. A stage
 * move announced in an update goes through the tracked actions' stage path, so the stage
 * history records it in the same transaction.
 */
@Injectable()
export class ProgressUpdatesService {
  constructor(
    private readonly transactions: ContendedTransactions,
    @InjectRepository(ProgressUpdateEntity)
    private readonly updates: Repository<ProgressUpdateEntity>,
    private readonly access: FollowUpAccessService,
    private readonly actions: TrackedActionsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * The newest `limit` updates of each action, newest first, with comments, stage moves and
   * names: four statements for any number of actions (the caller has checked read access).
   */
  async ofActions(
    actionIds: readonly string[],
    limit: number,
  ): Promise<Map<string, ProgressUpdateModel[]>> {
    const byAction = new Map<string, ProgressUpdateModel[]>(actionIds.map((id) => [id, []]));
    if (actionIds.length === 0) return byAction;
    const rows = await this.updates.query<UpdateRow[]>(
      `SELECT id, tracked_action_id, author_id, body, stage_change_id, written_at, created_at
         FROM (SELECT u.*, row_number() OVER (PARTITION BY u.tracked_action_id
                                              ORDER BY u.written_at DESC, u.created_at DESC, u.id DESC) AS n
                 FROM progress_updates u
                WHERE u.tracked_action_id = ANY($1::uuid[])) ranked
        WHERE n <= $2
        ORDER BY written_at DESC, created_at DESC, id DESC`,
      [[...actionIds], limit],
    );
    for (const model of await this.build(rows)) byAction.get(model.trackedActionId)?.push(model);
    return byAction;
  }

  /** Writes an update, moving the stage with it when asked. */
  write(principal: Principal, input: WriteProgressUpdateInput): Promise<TrackedActionModel> {
    return this.transactions.run(async (manager) => {
      let action = await this.access.lockForEdit(principal, input.trackedActionId, manager);
      let stageChangeId: string | null = null;
      if (input.stage && input.stage !== action.stage) {
        const moved = await this.actions.changeStage(manager, principal, action, input.stage);
        action = moved.action;
        stageChangeId = moved.change.id;
      }
      const repository = manager.getRepository(ProgressUpdateEntity);
      const update = await repository.save(
        repository.create({
          trackedActionId: action.id,
          authorId: principal.user.id,
          body: input.body.trim(),
          stageChangeId,
          writtenAt: this.clock.now(),
        }),
      );
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'progress_update.written',
        entityType: 'progress_update',
        entityId: update.id,
        before: null,
        after: { trackedActionId: action.id, body: update.body, stageChangeId },
      });
      return this.actions.modelAfterEdit(action, manager);
    });
  }

  /** A comment by anyone who may read the action (experts, admins, its team); others NOT_FOUND. */
  comment(principal: Principal, input: CommentProgressUpdateInput): Promise<ProgressUpdateModel> {
    return this.transactions.run(async (manager) => {
      const update = await manager
        .getRepository(ProgressUpdateEntity)
        .findOneBy({ id: input.progressUpdateId });
      if (!update) throw notFound();
      const action = await manager
        .getRepository(TrackedActionEntity)
        .findOneByOrFail({ id: update.trackedActionId });
      await this.access.assertCanRead(principal, action, manager);
      const repository = manager.getRepository(UpdateCommentEntity);
      const comment = await repository.save(
        repository.create({
          progressUpdateId: update.id,
          authorId: principal.user.id,
          body: input.body.trim(),
          writtenAt: this.clock.now(),
        }),
      );
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'update_comment.written',
        entityType: 'update_comment',
        entityId: comment.id,
        before: null,
        after: { progressUpdateId: update.id, trackedActionId: action.id, body: comment.body },
      });
      const [model] = await this.build(
        [
          {
            id: update.id,
            tracked_action_id: update.trackedActionId,
            author_id: update.authorId,
            body: update.body,
            stage_change_id: update.stageChangeId,
            written_at: update.writtenAt,
          },
        ],
        manager,
      );
      return model;
    });
  }

  private async build(rows: UpdateRow[], manager?: EntityManager): Promise<ProgressUpdateModel[]> {
    if (rows.length === 0) return [];
    const entities = manager ?? this.updates.manager;
    const comments = await entities.getRepository(UpdateCommentEntity).find({
      where: { progressUpdateId: In(rows.map((row) => row.id)) },
      // Written at the same instant (one clock tick): the insertion order decides.
      order: { writtenAt: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    const changeIds = rows.flatMap((row) => (row.stage_change_id ? [row.stage_change_id] : []));
    const changes =
      changeIds.length === 0
        ? []
        : await entities
            .getRepository(TrackedActionStageChangeEntity)
            .findBy({ id: In(changeIds) });
    const people = await this.users.findByIds(
      [
        ...new Set(
          [
            ...rows.map((row) => row.author_id),
            ...comments.map((comment) => comment.authorId),
            ...changes.map((change) => change.changedById),
          ].filter((id): id is string => id !== null),
        ),
      ],
      manager,
    );
    const names = new Map(people.map((person) => [person.id, person.name]));
    const nameOf = (id: string | null) => (id === null ? null : (names.get(id) ?? null));
    const changeById = new Map(changes.map((change) => [change.id, change]));
    return rows.map((row) => {
      const change = row.stage_change_id ? changeById.get(row.stage_change_id) : undefined;
      return {
        id: row.id,
        trackedActionId: row.tracked_action_id,
        body: row.body,
        authorId: row.author_id,
        authorName: nameOf(row.author_id),
        writtenAt: row.written_at,
        stageChange: change
          ? {
              fromStage: change.fromStage,
              toStage: change.toStage,
              changedByName: nameOf(change.changedById),
              changedAt: change.changedAt,
            }
          : null,
        comments: comments
          .filter((comment) => comment.progressUpdateId === row.id)
          .map((comment) => ({
            id: comment.id,
            body: comment.body,
            authorId: comment.authorId,
            authorName: nameOf(comment.authorId),
            writtenAt: comment.writtenAt,
          })),
      };
    });
  }
}
