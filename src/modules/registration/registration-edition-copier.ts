import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import {
  EditionCopiers,
  type EditionCopier,
  type EditionShifter,
  type EditionWrite,
} from '../academies/editions/edition-copiers.js';
import { EventRegistrationSettingsEntity } from './entities/event-registration-settings.entity.js';

/**
 * The registration settings of the events the timeline copies: the same capacity, and the
 * closing time shifted like the event (same wall-clock time in the new year). Registrations
 * themselves stay behind. Runs after the timeline's copier (this module imports the timeline's,
 * so it registers later): it reads which events the timeline shifts and, when writing, their
 * copies' ids (`EditionShifter.copyOf`).
 */
@Injectable()
export class RegistrationEditionCopier implements EditionCopier, OnModuleInit {
  readonly name = 'registration';

  constructor(private readonly copiers: EditionCopiers) {}

  onModuleInit(): void {
    this.copiers.register(this);
  }

  async prepare(
    manager: EntityManager,
    _sourceAcademyId: string,
    shifter: EditionShifter,
  ): Promise<EditionWrite> {
    const eventIds = [...shifter.shiftedIds('TIMELINE_EVENT')];
    const settings =
      eventIds.length === 0
        ? []
        : await manager
            .getRepository(EventRegistrationSettingsEntity)
            .find({ where: { eventId: In(eventIds) }, order: { eventId: 'ASC' } });
    // The event's own label, as the timeline's copier gave it.
    const labelOf = (eventId: string) =>
      shifter.times.find((time) => time.kind === 'TIMELINE_EVENT' && time.id === eventId)!.label;
    const copies = settings.map((setting) => ({
      sourceEventId: setting.eventId,
      capacity: setting.capacity,
      closesAt: shifter.instant(
        { kind: 'EVENT_REGISTRATION', id: setting.eventId, label: labelOf(setting.eventId) },
        'registrationClosesAt',
        setting.closesAt,
      ),
    }));
    return async (writer) => {
      if (copies.length === 0) return { eventRegistrationSettings: 0 };
      await writer.getRepository(EventRegistrationSettingsEntity).insert(
        copies.map((copy) => {
          const eventId = shifter.copyOf(copy.sourceEventId);
          // The timeline's copier writes first (module order); anything else is a wiring bug.
          if (!eventId)
            throw new Error(
              `event ${copy.sourceEventId} was not copied before its registration settings`,
            );
          return { eventId, capacity: copy.capacity, closesAt: copy.closesAt };
        }),
      );
      return { eventRegistrationSettings: copies.length };
    };
  }
}
