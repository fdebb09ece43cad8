import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Principal } from '../../common/auth/principal.js';
import { buildCalendar, CALENDAR_FORMAT_VERSION } from '../../common/ical/calendar-builder.js';
import type { Locale } from '../../common/i18n/locale.js';
import { pickLocalized } from '../../common/i18n/localized-text.js';
import { Clock } from '../../common/time/clock.js';
import { AppConfig } from '../../config/app-config.js';
import { AcademiesService } from '../academies/academies.service.js';
import { timelineItem } from '../timeline/timeline-calendar-item.js';
import { TimelineService } from '../timeline/timeline.service.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';
import { FeedCache } from './feed-cache.js';

/** The zone of an event whose academy did not load (never, with the join below). */
const DEFAULT_TIME_ZONE = 'Europe/Helsinki';

const FEED_NAME: Record<Locale, string> = {
  fi: 'Akatemia – oma kalenteri',
  sv: 'Akatemia – min kalender',
  en: 'Akatemia – my calendar',
};

/** One `.ics` answer: its version first, the calendar itself only when the caller needs it. */
export interface CalendarDownload {
  etag: string;
  filename: string;
  cacheControl: string;
  /** The personal feed says `private, no-cache` on a 304 too. */
  cacheControlOn304: boolean;
  /** Builds the calendar; not called when If-None-Match matches. */
  render(): Promise<string>;
}

/**
 * A weak validator (RFC 9110 §8.8.1): the calendar it names is the same in meaning, but
 * its DTSTAMP says when it was written, so no two answers are the same bytes.
 */
function etagOf(...parts: Array<string | number | Date | null | undefined>): string {
  const text = [CALENDAR_FORMAT_VERSION, ...parts]
    .map((part) => (part instanceof Date ? part.toISOString() : String(part ?? '')))
    .join('|');
  return `W/"${createHash('sha256').update(text).digest('hex').slice(0, 32)}"`;
}

/**
 * The calendars behind `/calendar/…`: an academy's public timeline, one event, a person's
 * feed. Each is versioned by a cheap read, so a matching If-None-Match builds nothing; a
 * person's feed is built once per version and then answered from FeedCache.
 */
@Injectable()
export class CalendarDownloadsService {
  constructor(
    private readonly academies: AcademiesService,
    private readonly timeline: TimelineService,
    private readonly feeds: CalendarFeedsService,
    private readonly feedCache: FeedCache,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The public timeline of a published academy, or null. */
  async academy(slug: string, locale: Locale): Promise<CalendarDownload | null> {
    const academy = await this.academies.findBySlug(null, slug);
    if (!academy) return null;
    const events = await this.timeline.eventsOf(null, academy.id);
    return {
      etag: etagOf(
        academy.updatedAt,
        locale,
        events.length,
        ...events.map((event) => `${event.id}:${event.sequence}:${event.updatedAt.toISOString()}`),
      ),
      filename: `${academy.slug}.ics`,
      cacheControl: 'public, max-age=300',
      cacheControlOn304: false,
      render: () =>
        Promise.resolve(
          buildCalendar({
            name: pickLocalized(academy.title, locale),
            locale,
            generatedAt: this.clock.now(),
            items: events.map((event) =>
              timelineItem(
                event,
                locale,
                `${this.config.publicUrl}/academies/${academy.slug}#${event.id}`,
                academy.timeZone,
              ),
            ),
          }),
        ),
    };
  }

  /** One event the caller may see (in their own language when signed in), or null. */
  async event(
    principal: Principal | null,
    eventId: string,
    fallbackLocale: Locale,
  ): Promise<CalendarDownload | null> {
    const event = await this.timeline.findVisible(principal, eventId);
    if (!event) return null;
    const locale = principal?.user.locale ?? fallbackLocale;
    return {
      etag: etagOf(event.id, event.sequence, event.updatedAt, locale),
      filename: `${event.id}.ics`,
      cacheControl: principal ? 'private, no-cache' : 'public, max-age=300',
      cacheControlOn304: false,
      render: () =>
        Promise.resolve(
          buildCalendar({
            name: pickLocalized(event.title, locale),
            locale,
            generatedAt: this.clock.now(),
            items: [
              timelineItem(
                event,
                locale,
                `${this.config.publicUrl}/academies/${event.academy?.slug ?? ''}#${event.id}`,
                event.academy?.timeZone ?? DEFAULT_TIME_ZONE,
              ),
            ],
          }),
        ),
    };
  }

  /** A person's feed, found by its secret token alone, or null. */
  async feed(token: string): Promise<CalendarDownload | null> {
    const version = await this.feeds.version(token);
    if (!version) return null;
    const locale = version.locale;
    return {
      etag: version.etag,
      filename: 'akatemia.ics',
      cacheControl: 'private, no-cache',
      cacheControlOn304: true,
      // Built once per version: calendar apps polling without If-None-Match, or a second
      // device of the same person, get the cached text (see FeedCache).
      render: () =>
        this.feedCache.get(version.userId, version.etag, async () =>
          buildCalendar({
            name: FEED_NAME[locale],
            locale,
            generatedAt: this.clock.now(),
            items: await this.feeds.itemsFor(version.userId, locale),
          }),
        ),
    };
  }
}
