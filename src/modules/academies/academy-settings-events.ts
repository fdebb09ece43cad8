import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type EventRemindersChangedHandler = (
  manager: EntityManager,
  academyId: string,
) => Promise<void>;

/**
 * What other modules do when an academy's settings change, inside the change's transaction
 * (the timeline plans its event reminders anew when `eventReminderMinutes` changes).
 * Modules that build on academies register here, so academies need not know about them.
 */
@Injectable()
export class AcademySettingsEvents {
  private readonly remindersChangedHandlers: EventRemindersChangedHandler[] = [];

  onEventRemindersChanged(handler: EventRemindersChangedHandler): void {
    this.remindersChangedHandlers.push(handler);
  }

  async eventRemindersChanged(manager: EntityManager, academyId: string): Promise<void> {
    for (const handler of this.remindersChangedHandlers) await handler(manager, academyId);
  }
}
