import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PersonalDataRegistry,
  type PersonalDataEraser,
  type PersonalDataSubject,
} from '../../common/privacy/personal-data.js';
import { CalendarFeedEntity } from './entities/calendar-feed.entity.js';
import { FeedCache } from './feed-cache.js';

/**
 * Erasure deletes the person's feed: its secret URL answers 404 from the next request on; this
 * instance also drops the calendar it kept in memory for them.
 */
@Injectable()
export class CalendarErasure implements PersonalDataEraser, OnModuleInit {
  readonly name = 'calendar';

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly cache: FeedCache,
  ) {}

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
    // Harmless if the erasure rolls back: the next request builds the calendar again.
    this.cache.forget(subject.userId);
    return { calendar_feeds: feeds.affected ?? 0 };
  }
}
