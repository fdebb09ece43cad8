import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TimelineEventChanges } from '../timeline/timeline-event-changes.js';
import { TimelineService } from '../timeline/timeline.service.js';
import { RegistrationMailer } from './registration-mailer.js';
import { RegistrationStatus } from './registration.enums.js';

/**
 * When an event is cancelled (timeline's `TimelineEventChanges`, in the cancellation's
 * transaction), everyone holding a seat or waiting for one gets a mail in their language.
 * Registrations stay as they are (the record of who had registered); cancelled ones get
 * nothing. The event row is held FOR UPDATE by the cancellation and every seat change holds
 * it FOR SHARE, so the list read here is complete; a second cancel is refused before it
 * reaches here, so nobody is told twice.
 */
@Injectable()
export class RegistrationEventCancelled implements OnModuleInit {
  constructor(
    private readonly changes: TimelineEventChanges,
    private readonly timeline: TimelineService,
    private readonly mailer: RegistrationMailer,
  ) {}

  onModuleInit(): void {
    this.changes.onCancelled((manager, eventId, actorId) => this.notify(manager, eventId, actorId));
  }

  private async notify(manager: EntityManager, eventId: string, actorId: string): Promise<void> {
    const registrations = await manager.query<
      Array<{ user_id: string; status: RegistrationStatus }>
    >(
      `SELECT user_id, status FROM event_registrations
       WHERE event_id = $1 AND status IN ($2, $3) ORDER BY arrival`,
      [eventId, RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED],
    );
    if (registrations.length === 0) return;
    const event = await this.timeline.forParticipant(eventId, actorId, manager);
    if (!event) return;
    await this.mailer.eventCancelled(
      manager,
      event,
      registrations.map((row) => ({ userId: row.user_id, status: row.status })),
    );
  }
}
