import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { EventRegistrationSettingsEntity } from './entities/event-registration-settings.entity.js';

/** Registration offered on an event created in the same transaction. */
export interface NewEventRegistration {
  eventId: string;
  /** Seats, 1…1000 (the table's check). */
  capacity: number;
  /** At the latest the event's start (the caller computes it). */
  closesAt: Date;
  actorId: string;
}

/**
 * Offers registration on events that another feature creates in its own transaction (a
 * meeting series with limited travel places). Nobody can have registered for an event that is
 * not yet committed, so this needs neither the per-event queue nor the promotion step of
 * `RegistrationService.configure`; the row and its audit entry commit with the event.
 */
@Injectable()
export class EventRegistrationOffers {
  constructor(private readonly audit: AuditService) {}

  async offerOnNewEvent(manager: EntityManager, offer: NewEventRegistration): Promise<void> {
    await manager.getRepository(EventRegistrationSettingsEntity).insert({
      eventId: offer.eventId,
      capacity: offer.capacity,
      closesAt: offer.closesAt,
    });
    await this.audit.record(manager, {
      actorId: offer.actorId,
      action: 'event_registration.configured',
      entityType: 'timeline_event',
      entityId: offer.eventId,
      before: null,
      after: { capacity: offer.capacity, closesAt: offer.closesAt.toISOString() },
    });
  }
}
