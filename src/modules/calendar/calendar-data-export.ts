import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { buildCalendar } from '../../common/ical/calendar-builder.js';
import {
  PersonalDataRegistry,
  type ExportedRecords,
  type ExportFile,
  type PersonalDataExporter,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { Clock } from '../../common/time/clock.js';
import { UsersService } from '../users/users.service.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';
import { CalendarFeedEntity } from './entities/calendar-feed.entity.js';

/**
 * A person's export: their calendar feed's record (`calendar-feeds.json`: created, rotated,
 * generation — not the secret URL, which the person can read and rotate in the app) and
 * everything their feed holds today as one `calendar.ics` (events of their cohort, their
 * consultations), built by the same code as the feed.
 */
@Injectable()
export class CalendarDataExport implements PersonalDataExporter, OnModuleInit {
  readonly name = 'calendar';

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly feeds: CalendarFeedsService,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.registry.registerExporter(this);
  }

  async exportPerson(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<ExportedRecords> {
    const feeds = await manager
      .getRepository(CalendarFeedEntity)
      .findBy({ userId: subject.userId });
    return {
      'calendar-feeds': feeds.map((feed) => ({
        id: feed.id,
        generation: feed.generation,
        createdAt: feed.createdAt,
        rotatedAt: feed.rotatedAt,
      })),
    };
  }

  async exportFiles(manager: EntityManager, subject: PersonalDataSubject): Promise<ExportFile[]> {
    const user = await this.users.findById(subject.userId, manager);
    if (!user) return [];
    const content = buildCalendar({
      name: 'Akatemia',
      locale: user.locale,
      generatedAt: this.clock.now(),
      items: await this.feeds.itemsFor(user.id, user.locale, manager),
    });
    return [{ path: 'calendar.ics', content }];
  }
}
