import path from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import {
  EnvironmentSchema,
  SECRET_VARIABLES,
  type LogLevel,
  type NodeEnv,
} from './environment.schema.js';

/** The typed, validated configuration. Code reads this, never `process.env`. */
export class AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly isProduction: boolean;
  readonly port: number;
  readonly host: string;
  /** Set when the operator points Akatemia at a PostgreSQL server; unset → embedded. */
  readonly databaseUrl: string | undefined;
  /** Absolute path of the directory for embedded data, mail files and the like. */
  readonly dataDir: string;
  /** Absolute path of the built web client; served at `/` when it exists. */
  readonly webDistDir: string;
  readonly logLevel: LogLevel;
  readonly publicUrl: string;
  readonly seedDemoData: boolean;
  readonly database: {
    readonly poolSize: number;
    readonly statementTimeoutMs: number;
    readonly lockTimeoutMs: number;
    /** lock_timeout of ContendedTransactions (hot rows). */
    readonly contendedLockTimeoutMs: number;
    /** Longest wait for a pooled connection. */
    readonly poolWaitMs: number;
    /** Client-side bound on every query of the app's pool (pg's query_timeout). */
    readonly queryTimeoutMs: number;
  };
  readonly graphql: {
    readonly introspection: boolean;
    readonly explorer: boolean;
    readonly maxDepth: number;
    readonly maxComplexity: number;
    /** Tokens in one GraphQL document; more is a parse error. */
    readonly maxTokens: number;
    /** UTF-8 bytes in one GraphQL answer; more becomes RESPONSE_TOO_LARGE. */
    readonly maxResponseBytes: number;
  };
  readonly shutdownTimeoutMs: number;
  readonly corsOrigins: readonly string[];
  readonly trustProxy: boolean;
  /** Unset → generated and kept in `<dataDir>/app-secret` (see AppSecret). */
  readonly appSecret: string | undefined;
  readonly auth: {
    /** Lower-cased addresses that become ADMIN when they sign in. */
    readonly adminEmails: readonly string[];
    readonly signInTokenTtlMinutes: number;
    readonly sessionTtlHours: number;
  };
  /** Bytes of built personal feeds one instance keeps (0: none). */
  readonly calendarFeedCacheBytes: number;
  readonly jobs: {
    /** Run job handlers and pg-boss's maintenance here; every instance may enqueue. */
    readonly enabled: boolean;
  };
  readonly mail: {
    /** Unset → every message is written as an .eml file under `<dataDir>/mail`. */
    readonly smtpUrl: string | undefined;
    readonly from: string;
    readonly workerEnabled: boolean;
    readonly pollIntervalMs: number;
    readonly maxAttempts: number;
    readonly retryBaseMs: number;
    /** nodemailer's connection, greeting and socket-inactivity timeouts. */
    readonly connectionTimeoutMs: number;
    readonly greetingTimeoutMs: number;
    readonly socketTimeoutMs: number;
    /** The longest one message's delivery may take; then it is aborted and retried. */
    readonly sendTimeoutMs: number;
  };
  readonly rateLimits: {
    readonly windowSeconds: number;
    readonly signInPerEmail: number;
    readonly signInPerAddress: number;
    readonly signInFailuresPerAddress: number;
    /** Invitation mails per 24 hours: per inviter, per organisation, per invited mailbox. */
    readonly invitationsPerInviter: number;
    readonly invitationsPerOrganisation: number;
    readonly invitationsPerRecipient: number;
  };

  constructor(values: Omit<AppConfig, 'with'>) {
    Object.assign(this, values);
  }

  /** A copy with some values replaced; used by tests and by the embedded-database start-up. */
  with(changes: Partial<AppConfig>): AppConfig {
    return new AppConfig({ ...this, ...changes });
  }
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

function describeProblems(errors: ValidationError[], raw: Record<string, unknown>): string[] {
  return errors.flatMap((error) => {
    const shown = SECRET_VARIABLES.has(error.property)
      ? '(value hidden)'
      : `(got ${JSON.stringify(raw[error.property])})`;
    return Object.values(error.constraints ?? {}).map((message) => `${message} ${shown}`);
  });
}

const splitList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

/**
 * Validates the environment once and returns the typed configuration, or throws a
 * ConfigValidationError listing every problem (not just the first).
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  cwd: string = process.cwd(),
): AppConfig {
  // Empty strings count as unset, so `PORT=` in a shell does not become 0.
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const schema = plainToInstance(EnvironmentSchema, raw, { exposeDefaultValues: true });
  // One problem per variable (its first broken rule), every variable checked.
  const errors = validateSync(schema, { forbidUnknownValues: true, stopAtFirstError: true });
  if (errors.length > 0) throw new ConfigValidationError(describeProblems(errors, raw));

  const isProduction = schema.NODE_ENV === 'production';
  const publicHost = schema.HOST === '0.0.0.0' || schema.HOST === '::' ? '127.0.0.1' : schema.HOST;
  return new AppConfig({
    nodeEnv: schema.NODE_ENV,
    isProduction,
    port: schema.PORT,
    host: schema.HOST,
    databaseUrl: schema.DATABASE_URL,
    dataDir: path.resolve(cwd, schema.DATA_DIR),
    webDistDir: path.resolve(cwd, schema.WEB_DIST_DIR),
    logLevel: schema.LOG_LEVEL,
    publicUrl: (schema.PUBLIC_URL ?? `http://${publicHost}:${schema.PORT}`).replace(/\/+$/, ''),
    seedDemoData: schema.SEED_DEMO_DATA ?? !isProduction,
    database: {
      poolSize: schema.DATABASE_POOL_SIZE,
      statementTimeoutMs: schema.DATABASE_STATEMENT_TIMEOUT_MS,
      lockTimeoutMs: schema.DATABASE_LOCK_TIMEOUT_MS,
      contendedLockTimeoutMs: schema.DATABASE_CONTENDED_LOCK_TIMEOUT_MS,
      poolWaitMs: schema.DATABASE_POOL_WAIT_MS,
      queryTimeoutMs:
        schema.DATABASE_QUERY_TIMEOUT_MS ?? schema.DATABASE_STATEMENT_TIMEOUT_MS + 5000,
    },
    graphql: {
      introspection: schema.GRAPHQL_INTROSPECTION ?? !isProduction,
      explorer: schema.GRAPHQL_EXPLORER ?? schema.NODE_ENV === 'development',
      maxDepth: schema.GRAPHQL_MAX_DEPTH,
      maxComplexity: schema.GRAPHQL_MAX_COMPLEXITY,
      maxTokens: schema.GRAPHQL_MAX_TOKENS,
      maxResponseBytes: schema.GRAPHQL_MAX_RESPONSE_BYTES,
    },
    shutdownTimeoutMs: schema.SHUTDOWN_TIMEOUT_MS,
    corsOrigins: splitList(schema.CORS_ORIGINS),
    trustProxy: schema.TRUST_PROXY ?? false,
    appSecret: schema.APP_SECRET,
    auth: {
      adminEmails: splitList(schema.ADMIN_EMAILS).map((email) => email.toLowerCase()),
      signInTokenTtlMinutes: schema.SIGN_IN_TOKEN_TTL_MINUTES,
      sessionTtlHours: schema.SESSION_TTL_HOURS,
    },
    calendarFeedCacheBytes: schema.CALENDAR_FEED_CACHE_MB * 1024 * 1024,
    jobs: { enabled: schema.JOBS_ENABLED ?? true },
    mail: {
      smtpUrl: schema.SMTP_URL,
      from: schema.MAIL_FROM,
      workerEnabled: schema.OUTBOX_WORKER ?? true,
      pollIntervalMs: schema.OUTBOX_POLL_INTERVAL_MS,
      maxAttempts: schema.OUTBOX_MAX_ATTEMPTS,
      retryBaseMs: schema.OUTBOX_RETRY_BASE_MS,
      connectionTimeoutMs: schema.MAIL_CONNECTION_TIMEOUT_MS,
      greetingTimeoutMs: schema.MAIL_GREETING_TIMEOUT_MS,
      socketTimeoutMs: schema.MAIL_SOCKET_TIMEOUT_MS,
      sendTimeoutMs: schema.MAIL_SEND_TIMEOUT_MS,
    },
    rateLimits: {
      windowSeconds: schema.RATE_LIMIT_WINDOW_SECONDS,
      signInPerEmail: schema.RATE_LIMIT_SIGN_IN_PER_EMAIL,
      signInPerAddress: schema.RATE_LIMIT_SIGN_IN_PER_ADDRESS,
      signInFailuresPerAddress: schema.RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS,
      invitationsPerInviter: schema.RATE_LIMIT_INVITATIONS_PER_INVITER,
      invitationsPerOrganisation: schema.RATE_LIMIT_INVITATIONS_PER_ORGANISATION,
      invitationsPerRecipient: schema.RATE_LIMIT_INVITATIONS_PER_RECIPIENT,
    },
  });
}

/**
 * For entry points (the server, the CLIs): the process environment is read here and only
 * here; invalid configuration prints every problem and exits with status 1.
 */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
