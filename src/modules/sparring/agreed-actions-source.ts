import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { AgreedActionsPort, type AgreedActionRecord } from '../follow-up/agreed-actions.port.js';
import { AgreedActionEntity } from './entities/agreed-action.entity.js';

/** An agreed action as the follow-up receives it. */
export const agreedActionRecord = (action: AgreedActionEntity): AgreedActionRecord => ({
  id: action.id,
  academyId: action.academyId,
  organisationId: action.organisationId,
  title: action.title,
  ownerParticipantId: action.ownerParticipantId,
  dueDate: action.dueDate,
});

/**
 * Fills the follow-up's `AgreedActionsPort` (sparring depends on follow-up, never the other
 * way): when a pilot is created, its organisation's agreed actions without a task are read
 * here, and the tasks made of them are linked back (`agreed_actions.task_id`).
 */
@Injectable()
export class SparringAgreedActionsSource implements OnModuleInit {
  constructor(private readonly port: AgreedActionsPort) {}

  onModuleInit(): void {
    this.port.useSource({
      withoutTaskOf: async (manager: EntityManager, academyId: string, organisationId: string) => {
        const actions = await manager.getRepository(AgreedActionEntity).find({
          where: { academyId, organisationId, taskId: IsNull() },
          order: { dueDate: 'ASC', createdAt: 'ASC' },
          lock: { mode: 'pessimistic_write' },
        });
        return actions.map(agreedActionRecord);
      },
      linked: async (manager, links) => {
        const repository = manager.getRepository(AgreedActionEntity);
        for (const { agreedActionId, taskId } of links)
          await repository.update({ id: agreedActionId }, { taskId });
      },
    });
  }
}
