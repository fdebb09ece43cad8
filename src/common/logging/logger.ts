import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import type { LogLevel } from '../../config/environment.schema.js';

// Secrets that can appear in logged objects. Tokens in URLs are handled by redactUrl.
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  '*.password',
  '*.token',
  '*.accessToken',
  'databaseUrl',
  'appSecret',
  '*.appSecret',
  '*.databaseUrl',
];

// A path separator as written in a path, or URL-encoded once or twice in a query value (the
// sign-in redirect's `next=%2Fmy-data%2Fdownload%2F<token>`).
const SEPARATOR = '(?:/|%2F|%252F)';
// Paths whose last segment is a secret: calendar feeds, the data export download (the API's
// and the web client's page the mail links to). A token is base64url: it ends at the next
// separator, query, fragment, parameter or encoded character.
const SECRET_PATH = new RegExp(
  `(${SEPARATOR}(?:calendar${SEPARATOR}feeds|exports${SEPARATOR}my-data|my-data${SEPARATOR}download)${SEPARATOR})[^/?#&%]+`,
  'gi',
);

/**
 * Hides secret parts of a URL: calendar feed and data export link tokens in the path (the
 * API's download and the web client's page the mail links to), also URL-encoded inside a
 * query value such as the sign-in redirect's `next`, `token` query values, and
 * on /graphql the whole `query`, `variables` and `extensions` (a GET's operation can carry a
 * token among its variables, `?variables={"token":…}`, in any encoding).
 */
export function redactUrl(url: string): string {
  let redacted = url
    .replace(SECRET_PATH, '$1[redacted]')
    .replace(/([?&](?:token|access_token)=)[^&#]*/gi, '$1[redacted]');
  if (/^(?:[a-z]+:\/\/[^/]*)?\/graphql\/?(?:[?#]|$)/i.test(redacted)) {
    redacted = redacted.replace(/([?&](?:query|variables|extensions)=)[^&#]*/gi, '$1[redacted]');
  }
  return redacted;
}

/** Hides the password of a connection URL, for the rare log line that names a database. */
export function redactConnectionUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1[redacted]@');
}

export function createRootLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'akatemia' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: {
        req: (request: { method?: string; url?: string; ip?: string }) => ({
          method: request.method,
          url: request.url === undefined ? undefined : redactUrl(request.url),
          remoteAddress: request.ip,
        }),
        res: (reply: { statusCode?: number }) => ({ statusCode: reply.statusCode }),
        err: pino.stdSerializers.err,
      },
    },
    destination,
  );
}

/** Routes Nest's own log lines (bootstrap, module init) into the same JSON stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, trace?: string, context?: string): void {
    if (typeof message === 'object' && message !== null)
      this.logger.error({ context, trace, ...message });
    else this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(level: pino.Level, message: unknown, context?: string): void {
    if (typeof message === 'object' && message !== null)
      this.logger[level]({ context, ...message });
    else this.logger[level]({ context }, String(message));
  }
}
