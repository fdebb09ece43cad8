import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import type { QueryResultRow } from 'pg';
import { AppSecret } from '../../common/auth/app-secret.js';
import type { Principal } from '../../common/auth/principal.js';
import { Clock } from '../../common/time/clock.js';
import { AppConfig } from '../../config/app-config.js';
import { AuditService } from '../audit/audit.service.js';
import type { Locale } from '../../common/i18n/locale.js';
import {
  consultationFromRow,
  consultationItem,
  consultationUrl,
  personalConsultationViewSql,
  type ViewRow,
} from '../consultations/consultation-view.js';
import { personalConsultationVersionsSql } from '../consultations/consultation-booking.sql.js';
import { CALENDAR_FORMAT_VERSION, type CalendarItem } from '../../common/ical/calendar-builder.js';
import { readRows } from '../../database/read-rows.js';
import { eventFromRow, type EventRow } from '../timeline/event-rows.js';
import { isEventHostSql, personalEventsSql } from '../timeline/event-visibility.js';
import { liveRegistrationSql, takesRegistrationSql } from '../registration/registration.sql.js';
import { RegistrationStatus } from '../registration/registration.enums.js';
import { userLocaleSql } from '../users/user.sql.js';
import { timelineItem } from '../timeline/timeline-calendar-item.js';
import { CalendarFeedEntity } from './entities/calendar-feed.entity.js';
import { ContendedTransactions } from '../../database/contended-transactions.js';

const FEED_PURPOSE = 'calendar-feed';

/**
 * The timeline events of a person's feed with their registration (`registration_status`,
 * `registration_updated_at`, null when none): an event that takes registrations is in the
 * calendar of those registered for it (REGISTERED, or WAITLISTED: shown TENTATIVE) and of
 * its hosts only — a closing event with 40 seats does not belong in the calendar of the 360
 * who did not get or want one. Other events as `personalEventsSql` says. Someone registered
 * who left the cohort is out with the rest of its events.
 */
const personalFeedEventsSql = (userExpression: string): string =>
  `SELECT e.*, reg.status AS registration_status, reg.updated_at AS registration_updated_at
   FROM (${personalEventsSql(userExpression)}) e
   LEFT JOIN LATERAL (${liveRegistrationSql('e.id', userExpression)}) reg ON true
   WHERE reg.status IS NOT NULL OR ${isEventHostSql(userExpression)} OR NOT ${takesRegistrationSql('e.id')}`;

/** Added to the title of an event the person is on the waiting list of. */
const WAITLISTED_MARK: Record<Locale, string> = {
  fi: 'jonossa',
  sv: 'på väntelistan',
  en: 'waiting list',
};

/**
 * A feed's token resolved to its person and version, in one statement: a fingerprint of
 * exactly which events and consultations, at which sequence, and the person's registration
 * of each event (one leaving while another joins still changes it; so does a promotion from
 * the waiting list or a cancelled registration). Prepared once per connection (the 304 path runs only this), so
 * the consultations come from consultations' lean fingerprint (bookings and slots), not
 * the whole view; both use the one "personal consultation" rule.
 */
const FEED_VERSION_SQL = `SELECT f.user_id, ${userLocaleSql('f.user_id')} AS locale, f.generation,
              v.count, v.latest, c.count AS consultation_count, c.latest AS consultation_latest
       FROM calendar_feeds f
       CROSS JOIN LATERAL (
         SELECT count(*) AS count, md5(string_agg(e.id::text || ':' || e.sequence || ':' || e.updated_at
             || ':' || coalesce(e.registration_status::text, '') || ':' || coalesce(e.registration_updated_at::text, ''), ',' ORDER BY e.id)) AS latest
         FROM (${personalFeedEventsSql('f.user_id')}) e) v
       CROSS JOIN LATERAL (
         SELECT count(*) AS count, md5(string_agg(b.booking_id::text || ':' || b.sequence || ':' || b.updated_at, ',' ORDER BY b.booking_id)) AS latest
         FROM (${personalConsultationVersionsSql('f.user_id')}) b) c
       WHERE f.token_hash = $1`;

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

export interface FeedLink {
  url: string;
  webcalUrl: string;
}

/** What the feed's ETag depends on: if none of it changed, neither did the calendar. */
export interface FeedVersion {
  userId: string;
  locale: Locale;
  etag: string;
}

/**
 * A person's secret calendar feed: the one place where their calendar is assembled.
 * Timeline events (cohort, own organisation, alumni, hosted; of events that take
 * registrations only those the person registered for) and consultations.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly transactions: ContendedTransactions,
    @InjectRepository(CalendarFeedEntity) private readonly feeds: Repository<CalendarFeedEntity>,
    private readonly secret: AppSecret,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  private tokenOf(feed: CalendarFeedEntity): string {
    return this.secret.derive(FEED_PURPOSE, `${feed.id}:${feed.generation}`);
  }

  private linkOf(feed: CalendarFeedEntity): FeedLink {
    const url = `${this.config.publicUrl}/calendar/feeds/${this.tokenOf(feed)}.ics`;
    return { url, webcalUrl: url.replace(/^https?:/, 'webcal:') };
  }

  /** The caller's feed link, created on first use. */
  async myFeed(principal: Principal): Promise<FeedLink> {
    const repository = this.feeds;
    let feed = await repository.findOneBy({ userId: principal.user.id });
    if (!feed) {
      feed = repository.create({
        userId: principal.user.id,
        generation: 1,
        rotatedAt: null,
        tokenHash: '',
      });
      feed.id = (
        await repository.query<Array<{ id: string }>>('SELECT gen_random_uuid() AS id')
      )[0].id;
      feed.tokenHash = sha256(this.tokenOf(feed));
      await repository.createQueryBuilder().insert().values(feed).orIgnore().execute();
      feed = await repository.findOneByOrFail({ userId: principal.user.id });
    }
    return this.linkOf(feed);
  }

  /** A new link; the old one answers 404 from now on. */
  async rotate(principal: Principal): Promise<FeedLink> {
    await this.myFeed(principal);
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(CalendarFeedEntity);
      const feed = await repository.findOneOrFail({
        where: { userId: principal.user.id },
        lock: { mode: 'pessimistic_write' },
      });
      feed.generation += 1;
      feed.rotatedAt = this.clock.now();
      feed.tokenHash = sha256(this.tokenOf(feed));
      await repository.save(feed);
      await this.audit.record(manager, {
        actorId: principal.user.id,
        action: 'calendar_feed.rotated',
        entityType: 'calendar_feed',
        entityId: feed.id,
        after: { generation: feed.generation },
      });
      return this.linkOf(feed);
    });
  }

  /**
   * Resolves a feed token and the feed's current version in one query, without building
   * anything: enough to answer 304 Not Modified.
   */
  async version(token: string): Promise<FeedVersion | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const rows = await readRows<{
      user_id: string;
      locale: Locale;
      generation: number;
      count: string;
      latest: string | null;
      consultation_count: string;
      consultation_latest: string | null;
    }>(this.feeds.manager.connection, FEED_VERSION_SQL, [sha256(token)], 'calendar-feed-version');
    const row = rows[0];
    if (!row) return null;
    // Weak: the same events give the same calendar in meaning, not in bytes (DTSTAMP).
    const etag = `W/"${sha256(`${CALENDAR_FORMAT_VERSION}|${row.generation}|${row.count}|${row.latest ?? ''}|${row.consultation_count}|${row.consultation_latest ?? ''}|${row.locale}`).slice(0, 32)}"`;
    return { userId: row.user_id, locale: row.locale, etag };
  }

  /**
   * Everything that belongs in this person's calendar, in time order: the timeline events
   * of `personalFeedCondition` and the active consultations of their organisations or on
   * their own slots (the same set as `myConsultations`).
   */
  async itemsFor(userId: string, locale: Locale, manager?: EntityManager): Promise<CalendarItem[]> {
    // Inside a transaction (a data export) on its connection; else straight on the pool.
    const read = <T extends QueryResultRow>(text: string, parameters: unknown[]): Promise<T[]> =>
      manager
        ? manager.query<T[]>(text, parameters)
        : readRows<T>(this.feeds.manager.connection, text, parameters);
    const eventRows = () =>
      read<
        EventRow & {
          academy_slug: string;
          academy_time_zone: string;
          registration_status: RegistrationStatus | null;
        }
      >(`${personalFeedEventsSql('$1')} ORDER BY e.starts_at, e.id`, [userId]);
    const consultationRows = () => read<ViewRow>(personalConsultationViewSql('$1'), [userId]);
    // One connection runs one statement at a time; the pool runs both at once.
    const [events, consultations] = manager
      ? [await eventRows(), await consultationRows()]
      : await Promise.all([eventRows(), consultationRows()]);
    const items = [
      ...events.map((row) => {
        const event = eventFromRow(row);
        const item = timelineItem(
          event,
          locale,
          `${this.config.publicUrl}/academies/${row.academy_slug}#${event.id}`,
          row.academy_time_zone,
        );
        if (row.registration_status !== RegistrationStatus.WAITLISTED) return item;
        // Hold the date, marked: a seat may free up until the start.
        return {
          ...item,
          tentative: true,
          summary: `${item.summary} (${WAITLISTED_MARK[locale]})`,
        };
      }),
      ...consultations.map((row) => {
        const view = consultationFromRow(row);
        return consultationItem(view, locale, consultationUrl(this.config.publicUrl, view, userId));
      }),
    ];
    return items.sort((a, b) => a.start.getTime() - b.start.getTime());
  }
}
