import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventKind } from './timeline-event.enums.js';

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
 * Called in the transaction that scheduled the event or changed it (its times, texts or
 * status), after the row is saved: what other modules plan around it (alumni plans the
 * programme's end at the closing event's end).
 */
export type EventChangedHandler = (
  manager: EntityManager,
  event: { id: string; academyId: string; kind: EventKind },
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
  private readonly changedHandlers: EventChangedHandler[] = [];

  /** Every schedule, update, reschedule and cancellation, after the cancellation's own handlers. */
  onChanged(handler: EventChangedHandler): void {
    this.changedHandlers.push(handler);
  }

  async changed(
    manager: EntityManager,
    event: { id: string; academyId: string; kind: EventKind },
  ): Promise<void> {
    for (const handler of this.changedHandlers) await handler(manager, event);
  }

  onCancelled(handler: EventCancelledHandler): void {
    this.cancelledHandlers.push(handler);
  }

  async cancelled(manager: EntityManager, eventId: string, actorId: string): Promise<void> {
    for (const handler of this.cancelledHandlers) await handler(manager, eventId, actorId);
  }
}
