import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AcademyStatus } from './academy.enums.js';

export type EventRemindersChangedHandler = (
  manager: EntityManager,
  academyId: string,
) => Promise<void>;

export type AcademyStatusChangedHandler = (
  manager: EntityManager,
  academyId: string,
  status: AcademyStatus,
) => Promise<void>;

/**
 * What other modules do when an academy's settings change, inside the change's transaction
 * (the timeline plans its event reminders anew when `eventReminderMinutes` changes; alumni
 * plans the programme's end when it starts running).
 * Modules that build on academies register here, so academies need not know about them.
 */
@Injectable()
export class AcademySettingsEvents {
  private readonly remindersChangedHandlers: EventRemindersChangedHandler[] = [];
  private readonly statusChangedHandlers: AcademyStatusChangedHandler[] = [];

  /** Every status change (admin, selection or job), after the row is saved. */
  onStatusChanged(handler: AcademyStatusChangedHandler): void {
    this.statusChangedHandlers.push(handler);
  }

  async statusChanged(
    manager: EntityManager,
    academyId: string,
    status: AcademyStatus,
  ): Promise<void> {
    for (const handler of this.statusChangedHandlers) await handler(manager, academyId, status);
  }

  onEventRemindersChanged(handler: EventRemindersChangedHandler): void {
    this.remindersChangedHandlers.push(handler);
  }

  async eventRemindersChanged(manager: EntityManager, academyId: string): Promise<void> {
    for (const handler of this.remindersChangedHandlers) await handler(manager, academyId);
  }
}
