import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

// Environment values arrive as strings; these turn them into the declared type and leave
// anything unparseable as it is, so the validator reports it with the variable's name.
const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const normalised = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(normalised)) return true;
  if (['false', '0', 'no', 'off'].includes(normalised)) return false;
  return value;
};
const toTrimmed = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

/**
 * Every environment variable Akatemia reads, with its rule. The README's configuration
 * table documents the same list; defaults that depend on NODE_ENV are filled in by
 * `loadConfig`, not here.
 */
export class EnvironmentSchema {
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @MinLength(1)
  HOST = '127.0.0.1';

  @IsOptional()
  @Transform(toTrimmed)
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must be a postgres:// or postgresql:// connection URL',
  })
  DATABASE_URL?: string;

  @IsString()
  @MinLength(1)
  DATA_DIR = '.data';

  /** The built web client (index.html + assets/), served at `/` when the folder exists. */
  @IsString()
  @MinLength(1)
  WEB_DIST_DIR = 'web/dist';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  PUBLIC_URL?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO_DATA?: boolean;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  GRAPHQL_INTROSPECTION?: boolean;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  GRAPHQL_EXPLORER?: boolean;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(50)
  GRAPHQL_MAX_DEPTH = 12;

  @Transform(toInteger)
  @IsInt()
  @Min(10)
  @Max(100000)
  GRAPHQL_MAX_COMPLEXITY = 10000;

  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(100000)
  GRAPHQL_MAX_TOKENS = 5000;

  @Transform(toInteger)
  @IsInt()
  @Min(10000)
  @Max(1073741824)
  GRAPHQL_MAX_RESPONSE_BYTES = 4194304;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(600000)
  DATABASE_STATEMENT_TIMEOUT_MS = 15000;

  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(600000)
  DATABASE_LOCK_TIMEOUT_MS = 5000;

  /**
   * lock_timeout inside the transactions that lock rows other requests lock too (booking,
   * drafts, publishing): a request waiting on a hot row gives its connection back this soon.
   */
  @Transform(toInteger)
  @IsInt()
  @Min(50)
  @Max(600000)
  DATABASE_CONTENDED_LOCK_TIMEOUT_MS = 1000;

  /** How long a request waits for a pooled connection (or a new one to open). */
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(60000)
  DATABASE_POOL_WAIT_MS = 3000;

  /**
   * Client-side bound on every query (pg's query_timeout). Unset: statement timeout + 5 s,
   * so the server's statement_timeout normally answers first and a frozen or unreachable
   * server still cannot hold a request longer.
   */
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(660000)
  DATABASE_QUERY_TIMEOUT_MS?: number;

  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(600000)
  SHUTDOWN_TIMEOUT_MS = 10000;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  CORS_ORIGINS?: string;

  /**
   * Key for derived secrets (calendar feed URLs). Unset: generated once and kept in
   * DATA_DIR/app-secret. Several instances must share one value.
   */
  @IsOptional()
  @IsString()
  @MinLength(32)
  @MaxLength(500)
  APP_SECRET?: string;

  /** Fastify's trustProxy: set when a proxy in front sets X-Forwarded-For. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  TRUST_PROXY?: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  ADMIN_EMAILS?: string;

  @IsOptional()
  @Transform(toTrimmed)
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  @MinLength(3)
  @MaxLength(200)
  MAIL_FROM = 'Akatemia <akatemia@localhost>';

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(15)
  SIGN_IN_TOKEN_TTL_MINUTES = 15;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(24 * 90)
  SESSION_TTL_HOURS = 24 * 14;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  OUTBOX_WORKER?: boolean;

  /**
   * Megabytes of built personal calendar feeds kept in this instance's memory, one per
   * person at their current ETag (0: no cache, every 200 builds the calendar).
   */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(4096)
  CALENDAR_FEED_CACHE_MB = 32;

  /** Run durable jobs (pg-boss handlers and maintenance) in this instance. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  JOBS_ENABLED?: boolean;

  @Transform(toInteger)
  @IsInt()
  @Min(50)
  @Max(600000)
  OUTBOX_POLL_INTERVAL_MS = 2000;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(50)
  OUTBOX_MAX_ATTEMPTS = 8;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(3600000)
  OUTBOX_RETRY_BASE_MS = 30000;

  // Well under the outbox lease (5 minutes for a batch of five): a relay that accepts and
  // then hangs costs one message this long, not the whole queue (nodemailer waits minutes).
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(60000)
  MAIL_CONNECTION_TIMEOUT_MS = 10000;

  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(60000)
  MAIL_GREETING_TIMEOUT_MS = 10000;

  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(60000)
  MAIL_SOCKET_TIMEOUT_MS = 30000;

  /** The whole of one message's delivery, whatever the relay does. */
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(50000)
  MAIL_SEND_TIMEOUT_MS = 45000;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(10000)
  RATE_LIMIT_SIGN_IN_PER_EMAIL = 5;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(100000)
  RATE_LIMIT_SIGN_IN_PER_ADDRESS = 30;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(100000)
  RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS = 10;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(86400)
  RATE_LIMIT_WINDOW_SECONDS = 900;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(100000)
  RATE_LIMIT_INVITATIONS_PER_INVITER = 30;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(100000)
  RATE_LIMIT_INVITATIONS_PER_ORGANISATION = 50;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(1000)
  RATE_LIMIT_INVITATIONS_PER_RECIPIENT = 3;
}

/** Variables whose values must never be echoed back, not even in a config error. */
export const SECRET_VARIABLES: ReadonlySet<string> = new Set([
  'DATABASE_URL',
  'SMTP_URL',
  'APP_SECRET',
]);
