import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import type { Principal } from '../../../common/auth/principal.js';
import { DomainException } from '../../../common/errors/domain.exception.js';
import { ErrorCode } from '../../../common/errors/error-code.js';
import { ContendedTransactions } from '../../../database/contended-transactions.js';
import { AuditService } from '../../audit/audit.service.js';
import { TrackedActionMeasureEntity } from '../entities/tracked-action-measure.entity.js';
import { FollowUpAccessService } from '../follow-up-access.service.js';
import type { TrackedActionModel } from '../models/tracked-action.model.js';
import { TrackedActionsService } from '../tracked-actions.service.js';
import { CircularMeasuresService } from './circular-measures.service.js';
import type {
  SetTrackedActionMeasureInput,
  UnsetTrackedActionMeasureInput,
} from './circular-measure.input.js';

const snapshot = (row: TrackedActionMeasureEntity): Record<string, unknown> => ({
  trackedActionId: row.trackedActionId,
  measureId: row.measureId,
  status: row.status,
  note: row.note,
  criterionText: row.criterionText,
});

const blankToNull = (value: string | null | undefined): string | null =>
  value?.trim() ? value.trim() : null;

/**
 * Which catalogue measures an action uses, and how. Edited by whoever may edit the action
 * (its team; admins for the action plan), under the action's row lock, audited.
 */
@Injectable()
export class TrackedActionMeasuresService {
  constructor(
    private readonly transactions: ContendedTransactions,
    @InjectRepository(TrackedActionMeasureEntity)
    private readonly rows: Repository<TrackedActionMeasureEntity>,
    private readonly catalogue: CircularMeasuresService,
    private readonly access: FollowUpAccessService,
    private readonly actions: TrackedActionsService,
    private readonly audit: AuditService,
  ) {}

  /** The measures of each action (in catalogue order), with their catalogue entry: one statement. */
  async ofActions(
    actionIds: readonly string[],
  ): Promise<Map<string, TrackedActionMeasureEntity[]>> {
    const byAction = new Map<string, TrackedActionMeasureEntity[]>(actionIds.map((id) => [id, []]));
    if (actionIds.length === 0) return byAction;
    const rows = await this.rows.find({
      where: { trackedActionId: In([...actionIds]) },
      relations: { measure: true },
      order: { measure: { position: 'ASC', key: 'ASC' } },
    });
    for (const row of rows) byAction.get(row.trackedActionId)?.push(row);
    return byAction;
  }

  set(principal: Principal, input: SetTrackedActionMeasureInput): Promise<TrackedActionModel> {
    return this.transactions.run(async (manager) => {
      const action = await this.access.lockForEdit(principal, input.trackedActionId, manager);
      const measure = await this.catalogue.requireInCatalogue(
        action.academyId,
        input.measureId,
        'input.measureId',
        manager,
      );
      const criterionText = blankToNull(input.criterionText);
      if (criterionText !== null && !measure.takesCriterionText)
        throw new DomainException(ErrorCode.CRITERION_TEXT_NOT_TAKEN, {
          field: 'input.criterionText',
        });
      const repository = manager.getRepository(TrackedActionMeasureEntity);
      const existing = await repository.findOneBy({
        trackedActionId: action.id,
        measureId: measure.id,
      });
      const before = existing ? snapshot(existing) : null;
      const row =
        existing ?? repository.create({ trackedActionId: action.id, measureId: measure.id });
      // The academy travels in both composite keys: the database refuses another academy's measure.
      row.academyId = action.academyId;
      row.status = input.status;
      row.note = blankToNull(input.note);
      row.criterionText = criterionText;
      const saved = await repository.save(row);
      await this.record(
        manager,
        principal,
        'tracked_action_measure.set',
        saved,
        before,
        snapshot(saved),
      );
      return this.actions.modelAfterEdit(action, manager);
    });
  }

  /** Takes a measure off the action; one it does not use changes nothing. */
  unset(principal: Principal, input: UnsetTrackedActionMeasureInput): Promise<TrackedActionModel> {
    return this.transactions.run(async (manager) => {
      const action = await this.access.lockForEdit(principal, input.trackedActionId, manager);
      const repository = manager.getRepository(TrackedActionMeasureEntity);
      const existing = await repository.findOneBy({
        trackedActionId: action.id,
        measureId: input.measureId,
      });
      if (existing) {
        await repository.delete({ id: existing.id });
        await this.record(
          manager,
          principal,
          'tracked_action_measure.unset',
          existing,
          snapshot(existing),
          null,
        );
      }
      return this.actions.modelAfterEdit(action, manager);
    });
  }

  private record(
    manager: EntityManager,
    principal: Principal,
    action: string,
    row: TrackedActionMeasureEntity,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: principal.user.id,
      action,
      entityType: 'tracked_action_measure',
      entityId: row.id,
      before,
      after,
    });
  }
}
