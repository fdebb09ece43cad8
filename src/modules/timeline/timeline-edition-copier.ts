import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Not, type EntityManager } from 'typeorm';
import {
  EditionCopiers,
  type EditionCopier,
  type EditionShifter,
  type EditionWrite,
} from '../academies/editions/edition-copiers.js';
import { AcademiesService } from '../academies/academies.service.js';
import { TimelineEventEntity } from './entities/timeline-event.entity.js';
import { EventReminders } from './event-reminders.js';
import { EventAudience, EventStatus } from './timeline-event.enums.js';

/**
 * The next edition's timeline: every scheduled event for the cohort or the alumni, with its
 * texts, mode, place, link and hosts, at the same wall-clock times after the shift, as new
 * events (SEQUENCE 0, new calendar UIDs). Cancelled events and one organisation's sessions
 * (the source cohort's sparring) stay behind; reminders are planned as for a new event. Each
 * copy is recorded on the shifter (`recordCopy`) for the registration settings' copier.
 */
@Injectable()
export class TimelineEditionCopier implements EditionCopier, OnModuleInit {
  readonly name = 'timeline';

  constructor(
    private readonly copiers: EditionCopiers,
    private readonly academies: AcademiesService,
    private readonly reminders: EventReminders,
  ) {}

  onModuleInit(): void {
    this.copiers.register(this);
  }

  async prepare(
    manager: EntityManager,
    sourceAcademyId: string,
    shifter: EditionShifter,
  ): Promise<EditionWrite> {
    const events = await manager.getRepository(TimelineEventEntity).find({
      where: {
        academyId: sourceAcademyId,
        status: EventStatus.SCHEDULED,
        audience: Not(EventAudience.ORGANISATION),
      },
      relations: { hosts: true },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
    const copies = events.map((event) => {
      const item = { kind: 'TIMELINE_EVENT', id: event.id, label: event.title };
      return {
        kind: event.kind,
        title: { ...event.title },
        description: { ...event.description },
        startsAt: shifter.instant(item, 'startsAt', event.startsAt),
        endsAt: shifter.instant(item, 'endsAt', event.endsAt),
        mode: event.mode,
        place: event.place,
        onlineUrl: event.onlineUrl,
        audience: event.audience,
        audienceOrganisationId: null,
        status: EventStatus.SCHEDULED,
        sequence: 0,
        hosts: event.hosts ?? [],
      };
    });
    return async (writer, targetAcademyId) => {
      if (copies.length === 0) return { timelineEvents: 0 };
      const academy = await this.academies.require(targetAcademyId, writer);
      const repository = writer.getRepository(TimelineEventEntity);
      const saved = await repository.save(
        copies.map((copy) => repository.create({ ...copy, academyId: targetAcademyId })),
      );
      saved.forEach((event, index) => shifter.recordCopy(events[index].id, event.id));
      for (const event of saved)
        await this.reminders.plan(writer, event, academy.eventReminderMinutes);
      return { timelineEvents: saved.length };
    };
  }
}
