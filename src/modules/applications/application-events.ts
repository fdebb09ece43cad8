import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ApplicationEntity } from './entities/application.entity.js';

export type ApplicationWithdrawnHandler = (
  manager: EntityManager,
  application: ApplicationEntity,
  actorId: string,
) => Promise<void>;

/**
 * What other modules do when an application changes, inside the same transaction (a
 * withdrawal and everything it releases commit or roll back together). Modules that build
 * on applications register here, so applications need not know about them.
 */
@Injectable()
export class ApplicationEvents {
  private readonly withdrawnHandlers: ApplicationWithdrawnHandler[] = [];

  onWithdrawn(handler: ApplicationWithdrawnHandler): void {
    this.withdrawnHandlers.push(handler);
  }

  async withdrawn(
    manager: EntityManager,
    application: ApplicationEntity,
    actorId: string,
  ): Promise<void> {
    for (const handler of this.withdrawnHandlers) await handler(manager, application, actorId);
  }
}
