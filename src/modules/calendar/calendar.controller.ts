import { Controller, Get, Headers, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, type Principal } from '../../common/auth/principal.js';
import { Public } from '../../common/auth/policy.decorator.js';
import { isLocale, localeFromAcceptLanguage } from '../../common/i18n/locale.js';
import { CalendarDownloadsService, type CalendarDownload } from './calendar-downloads.service.js';

const ICS = /^(.+)\.ics$/;
const UUID = /^[0-9a-f-]{36}$/i;
/** The entity tags of an If-None-Match list: `"…"` or `W/"…"`, in any number. */
const ENTITY_TAG = /(?:W\/)?"([\x21\x23-\x7e\x80-\xff]*)"/g;

/**
 * Whether an If-None-Match header matches the current tag (RFC 9110 §13.1.2): `*` matches
 * any current representation; otherwise each tag in the list is compared weakly, so
 * `W/"x"` and `"x"` match each other.
 */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string): string | undefined => /"(.*)"/.exec(tag)?.[1];
  const wanted = opaque(etag);
  return [...header.matchAll(ENTITY_TAG)].some((match) => match[1] === wanted);
}

/**
 * iCalendar downloads and subscriptions. Each answer carries an ETag computed from a cheap
 * version query; a matching If-None-Match gets 304 before any calendar is built.
 */
@Public()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly downloads: CalendarDownloadsService) {}

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
    const locale = isLocale(localeParameter)
      ? localeParameter
      : localeFromAcceptLanguage(acceptLanguage);
    const download = slug ? await this.downloads.academy(slug, locale) : null;
    return this.answer(reply, download, ifNoneMatch);
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
    const download =
      id && UUID.test(id)
        ? await this.downloads.event(principal, id, localeFromAcceptLanguage(acceptLanguage))
        : null;
    return this.answer(reply, download, ifNoneMatch);
  }

  /** A person's feed, found by its secret token alone (calendar apps send no headers). */
  @Get('feeds/:file')
  async feed(
    @Param('file') file: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const token = ICS.exec(file)?.[1];
    const download = token ? await this.downloads.feed(token) : null;
    return this.answer(reply, download, ifNoneMatch);
  }

  private async answer(
    reply: FastifyReply,
    download: CalendarDownload | null,
    ifNoneMatch: string | undefined,
  ): Promise<void> {
    if (!download) throw new NotFoundException();
    if (download.cacheControlOn304) reply.header('cache-control', download.cacheControl);
    if (ifNoneMatchMatches(ifNoneMatch, download.etag)) {
      return void reply.status(304).header('etag', download.etag).send();
    }
    const body = await download.render();
    void reply
      .status(200)
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `inline; filename="${download.filename}"`)
      .header('etag', download.etag)
      .header('cache-control', download.cacheControl)
      .send(body);
  }
}
