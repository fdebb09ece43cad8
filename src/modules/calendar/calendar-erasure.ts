import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataRegistry,
  type PersonalDataEraser,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { CalendarFeedEntity } from './entities/calendar-feed.entity.js';

/** Erasure deletes the person's feed: its secret URL answers 404 from the next request on. */
@Injectable()
export class CalendarErasure implements PersonalDataEraser, OnModuleInit {
  readonly name = 'calendar';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.registerEraser(this);
  }

  async erase(
    manager: EntityManager,
    subject: PersonalDataSubject,
  ): Promise<Record<string, number>> {
    const feeds = await manager
      .getRepository(CalendarFeedEntity)
      .delete({ userId: subject.userId });
    return { calendar_feeds: feeds.affected ?? 0 };
  }
}
