import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost } from '@nestjs/common';
import { GqlArgumentsHost, type GqlContextType, type GqlExceptionFilter } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { describeDatabaseFailure, isDatabaseUnavailable } from '../errors/database-unavailable.js';
import { DomainException, InputValidationException } from '../errors/domain.exception.js';
import { ErrorCode } from '../errors/error-code.js';
import { hasMessage, translate } from '../i18n/messages.js';
import { DEFAULT_LOCALE, explicitLocale, type Locale, type LocaleContext } from '../i18n/locale.js';

const HTTP_STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.RATE_LIMITED]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.SERVICE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.EXPORT_LINK_USED]: HttpStatus.GONE,
  [ErrorCode.EXPORT_LINK_EXPIRED]: HttpStatus.GONE,
};

/** What SERVICE_UNAVAILABLE asks clients to wait: a lock or a restart is usually over by then. */
const RETRY_AFTER_SECONDS = 5;
/** Database failures closer together than this are one episode, logged once. */
const EPISODE_QUIET_MS = 30_000;

const CODE_BY_HTTP_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  429: ErrorCode.RATE_LIMITED,
};

interface Rendered {
  status: number;
  code: string;
  message: string;
  extensions: Record<string, unknown>;
}

/**
 * The one place where failures become answers. Domain exceptions keep their code and get
 * a message in the caller's language; a database that cannot serve right now (lost
 * connection, lock or statement timeout, no free connection, shutdown) is a retryable
 * SERVICE_UNAVAILABLE, logged once per episode; anything else unexpected is logged with the
 * request id and answered with a generic INTERNAL_SERVER_ERROR — never a stack or an SQL text.
 */
@Catch()
export class AppExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Errors');
  /** The current run of database failures: when it began, its last failure, how many. */
  private databaseEpisode: { startedAt: number; lastAt: number; failures: number } | undefined;

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') {
      const context =
        GqlArgumentsHost.create(host).getContext<
          Partial<LocaleContext & { req: FastifyRequest }>
        >();
      // Errors Apollo or graphql-js already shaped (e.g. a bad enum value) pass through.
      if (exception instanceof GraphQLError) return exception;
      const rendered = this.render(exception, context.locale ?? DEFAULT_LOCALE, context.req?.id);
      return new GraphQLError(rendered.message, {
        extensions: { ...rendered.extensions, code: rendered.code },
      });
    }
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    // As in GraphQL: Accept-Language when it names one of ours, else the signed-in
    // person's own language (the guard has resolved them by now), else Finnish.
    const locale =
      explicitLocale(request.headers['accept-language']) ??
      request.principal?.user.locale ??
      DEFAULT_LOCALE;
    const rendered = this.render(exception, locale, request.id);
    if (rendered.code === (ErrorCode.SERVICE_UNAVAILABLE as string)) {
      void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    }
    void reply
      .status(rendered.status)
      .send({ error: { code: rendered.code, message: rendered.message, ...rendered.extensions } });
    return undefined;
  }

  private render(exception: unknown, locale: Locale, requestId: string | undefined): Rendered {
    if (exception instanceof InputValidationException) {
      return {
        status: HttpStatus.BAD_REQUEST,
        code: exception.code,
        message: translate('BAD_USER_INPUT', locale, exception.params),
        extensions: {
          validationErrors: exception.problems.map((problem) => ({
            ...problem,
            message: translate(
              hasMessage(`rule.${problem.rule}`)
                ? (`rule.${problem.rule}` as 'rule.other')
                : 'rule.other',
              locale,
            ),
          })),
        },
      };
    }
    if (exception instanceof DomainException) {
      const domain = exception as DomainException;
      return {
        status: HTTP_STATUS_BY_CODE[domain.code] ?? HttpStatus.CONFLICT,
        code: domain.code,
        message: translate(domain.messageKey, locale, domain.params),
        extensions: domain.extensions,
      };
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      const code = CODE_BY_HTTP_STATUS[status] ?? ErrorCode.BAD_USER_INPUT;
      return { status, code, message: translate(code, locale, { count: 1 }), extensions: {} };
    }
    if (isDatabaseUnavailable(exception)) {
      this.noteDatabaseFailure(exception, requestId);
      return {
        status: HttpStatus.SERVICE_UNAVAILABLE,
        code: ErrorCode.SERVICE_UNAVAILABLE,
        message: translate('SERVICE_UNAVAILABLE', locale, { seconds: RETRY_AFTER_SECONDS }),
        extensions: { retryAfterSeconds: RETRY_AFTER_SECONDS },
      };
    }
    this.logger.error({
      msg: 'Unexpected error',
      requestId,
      err:
        exception instanceof Error
          ? { name: exception.name, message: exception.message, stack: exception.stack }
          : exception,
    });
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      message: translate('INTERNAL_SERVER_ERROR', locale),
      extensions: requestId ? { requestId } : {},
    };
  }

  /**
   * A stopped or locked database fails every request at once: one warning when an episode
   * begins (code and message, no stack), then silence until it has been quiet for
   * EPISODE_QUIET_MS; the next episode's line says how many requests the last one failed.
   */
  private noteDatabaseFailure(exception: unknown, requestId: string | undefined): void {
    const now = Date.now();
    const episode = this.databaseEpisode;
    if (episode && now - episode.lastAt < EPISODE_QUIET_MS) {
      episode.lastAt = now;
      episode.failures += 1;
      return;
    }
    this.logger.warn({
      msg: 'Database unavailable: answering SERVICE_UNAVAILABLE (logged once per episode)',
      requestId,
      ...describeDatabaseFailure(exception),
      ...(episode
        ? {
            previousEpisode: {
              failures: episode.failures,
              seconds: Math.round((episode.lastAt - episode.startedAt) / 1000),
            },
          }
        : {}),
    });
    this.databaseEpisode = { startedAt: now, lastAt: now, failures: 1 };
  }
}
