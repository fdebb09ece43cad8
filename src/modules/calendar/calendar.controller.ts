import { Controller, Get, Headers, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Public } from '../../common/auth/policy.decorator.js';
import { isLocale, localeFromAcceptLanguage, type Locale } from '../../common/i18n/locale.js';
import { pickLocalized } from '../../common/i18n/localized-text.js';
import { AppConfig } from '../../config/app-config.js';
import { AcademiesService } from '../academies/academies.service.js';
import { TimelineService } from '../timeline/timeline.service.js';
import { buildCalendar } from '../../common/ical/calendar-builder.js';
import { timelineItem } from '../timeline/timeline-calendar-item.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';

const ICS = /^(.+)\.ics$/;
const FEED_NAME: Record<Locale, string> = {
  fi: 'Akatemia – oma kalenteri',
  sv: 'Akatemia – min kalender',
  en: 'Akatemia – my calendar',
};

function etagOf(...parts: Array<string | number | Date | null | undefined>): string {
  const text = parts
    .map((part) => (part instanceof Date ? part.toISOString() : String(part ?? '')))
    .join('|');
  return `"${createHash('sha256').update(text).digest('hex').slice(0, 32)}"`;
}

/**
 * iCalendar downloads and subscriptions. Each answer carries an ETag computed from a cheap
 * version query; a matching If-None-Match gets 304 before any calendar is built.
 */
@Public()
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly academies: AcademiesService,
    private readonly timeline: TimelineService,
    private readonly feeds: CalendarFeedsService,
    private readonly config: AppConfig,
  ) {}

  /** The public timeline of a published academy. */
  @Get('academies/:file')
  async academy(
    @Param('file') file: string,
    @Query('locale') localeParameter: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const slug = ICS.exec(file)?.[1];
    const academy = slug ? await this.academies.findBySlug(null, slug) : null;
    if (!academy) throw new NotFoundException();
    const locale = isLocale(localeParameter)
      ? localeParameter
      : localeFromAcceptLanguage(acceptLanguage);
    const events = await this.timeline.eventsOf(null, academy.id);
    const etag = etagOf(
      academy.updatedAt,
      locale,
      events.length,
      ...events.map((event) => `${event.id}:${event.sequence}:${event.updatedAt.toISOString()}`),
    );
    if (ifNoneMatch === etag) return void reply.status(304).header('etag', etag).send();
    const body = buildCalendar({
      name: pickLocalized(academy.title, locale),
      locale,
      items: events.map((event) =>
        timelineItem(
          event,
          locale,
          `${this.config.publicUrl}/academies/${academy.slug}#${event.id}`,
        ),
      ),
    });
    this.send(reply, body, etag, 'public, max-age=300', `${academy.slug}.ics`);
  }

  /** One event the caller may see (signed in with a Bearer token, or public). */
  @Get('events/:file')
  async event(
    @Param('file') file: string,
    @CurrentPrincipal() principal: Principal | null,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const id = ICS.exec(file)?.[1];
    if (!id || !/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundException();
    const event = await this.timeline.findVisible(principal, id);
    if (!event) throw new NotFoundException();
    const locale = principal?.user.locale ?? localeFromAcceptLanguage(acceptLanguage);
    const etag = etagOf(event.id, event.sequence, event.updatedAt, locale);
    if (ifNoneMatch === etag) return void reply.status(304).header('etag', etag).send();
    const body = buildCalendar({
      name: pickLocalized(event.title, locale),
      locale,
      items: [
        timelineItem(
          event,
          locale,
          `${this.config.publicUrl}/academies/${event.academy?.slug ?? ''}#${event.id}`,
        ),
      ],
    });
    this.send(
      reply,
      body,
      etag,
      principal ? 'private, no-cache' : 'public, max-age=300',
      `${event.id}.ics`,
    );
  }

  /** A person's feed, found by its secret token alone (calendar apps send no headers). */
  @Get('feeds/:file')
  async feed(
    @Param('file') file: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const token = ICS.exec(file)?.[1];
    const version = token ? await this.feeds.version(token) : null;
    if (!version) throw new NotFoundException();
    reply.header('cache-control', 'private, no-cache');
    if (ifNoneMatch === version.etag)
      return void reply.status(304).header('etag', version.etag).send();
    const locale = version.locale;
    const body = buildCalendar({
      name: FEED_NAME[locale],
      locale,
      items: await this.feeds.itemsFor(version.userId, locale),
    });
    this.send(reply, body, version.etag, 'private, no-cache', 'akatemia.ics');
  }

  private send(
    reply: FastifyReply,
    body: string,
    etag: string,
    cacheControl: string,
    filename: string,
  ): void {
    void reply
      .status(200)
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `inline; filename="${filename}"`)
      .header('etag', etag)
      .header('cache-control', cacheControl)
      .send(body);
  }
}
