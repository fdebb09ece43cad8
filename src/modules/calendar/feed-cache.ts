import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';

interface Entry {
  etag: string;
  body: string;
  bytes: number;
}

/**
 * Built personal feeds, in this instance's memory: per person the calendar text of one
 * ETag. The ETag is read from the database on every request (the same version query that
 * answers 304), and an entry is used only when its ETag is that current one, so an
 * instance never serves a calendar another instance has changed: a change anywhere changes
 * the ETag, and the next request rebuilds once and replaces the entry. Bounded by bytes;
 * the least recently used person goes first. Why memory and not a table: docs/decisions.md.
 */
@Injectable()
export class FeedCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private readonly limit: number;
  /** Counted for the tests and the bench: how often a 200 was built or taken from here. */
  readonly counts = { hits: 0, builds: 0 };

  constructor(config: AppConfig) {
    this.limit = config.calendarFeedCacheBytes;
  }

  /** The person's calendar at `etag`: cached, or built now and kept. */
  async get(userId: string, etag: string, build: () => Promise<string>): Promise<string> {
    const entry = this.entries.get(userId);
    if (entry && entry.etag === etag) {
      // Map order is the recency order: move the hit to the end.
      this.entries.delete(userId);
      this.entries.set(userId, entry);
      this.counts.hits += 1;
      return entry.body;
    }
    const body = await build();
    this.counts.builds += 1;
    this.put(userId, { etag, body, bytes: Buffer.byteLength(body) });
    return body;
  }

  /**
   * Drops the person's calendar from this instance's memory (their account is erased). Other
   * instances keep theirs until it ages out, but never serve it: the feed's row is gone, so
   * its URL answers 404 before the cache is asked.
   */
  forget(userId: string): void {
    this.remove(userId);
  }

  private put(userId: string, entry: Entry): void {
    this.remove(userId);
    if (entry.bytes > this.limit) return;
    this.entries.set(userId, entry);
    this.bytes += entry.bytes;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.limit) break;
      this.remove(oldest);
    }
  }

  private remove(userId: string): void {
    const entry = this.entries.get(userId);
    if (!entry) return;
    this.entries.delete(userId);
    this.bytes -= entry.bytes;
  }
}
