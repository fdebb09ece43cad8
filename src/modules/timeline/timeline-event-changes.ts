import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Called in the cancellation's transaction, after the event row is saved CANCELLED (and while
 * it is held FOR UPDATE, so nothing registers for it meanwhile): `eventId`, who cancelled.
 */
export type EventCancelledHandler = (
  manager: EntityManager,
  eventId: string,
  actorId: string,
) => Promise<void>;

/**
 * What other modules do when a timeline event changes, inside the change's transaction (the
 * cancellation and everything it sends commit or roll back together). Modules that build on
 * the timeline register here at start-up — registration mails its registrants and waiting
 * list — so the timeline need not know about them.
 */
@Injectable()
export class TimelineEventChanges {
  private readonly cancelledHandlers: EventCancelledHandler[] = [];

  onCancelled(handler: EventCancelledHandler): void {
    this.cancelledHandlers.push(handler);
  }

  async cancelled(manager: EntityManager, eventId: string, actorId: string): Promise<void> {
    for (const handler of this.cancelledHandlers) await handler(manager, eventId, actorId);
  }
}
