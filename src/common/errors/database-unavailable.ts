/**
 * Failures that mean "the database cannot serve right now", not "this request is wrong":
 * the connection was lost or refused, the server is shutting down, the pool had no
 * connection in time, a statement waited too long for a lock or ran past its timeout.
 * They are answered SERVICE_UNAVAILABLE (retry later), not INTERNAL_SERVER_ERROR.
 */

/** SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
const UNAVAILABLE_SQLSTATES = new Set([
  '55P03', // lock_not_available: lock_timeout or NOWAIT
  '57014', // query_canceled: statement_timeout
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, in recovery)
  '53300', // too_many_connections
]);
/** Class 08: connection exceptions. */
const CONNECTION_EXCEPTION_CLASS = '08';

/** Socket-level failures Node reports while talking to the server. */
const UNAVAILABLE_SYSTEM_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

// node-postgres and TypeORM report these without a code.
const UNAVAILABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i, // pool: no connection within connectionTimeoutMillis
  /Connection terminated/i, // the server or the network dropped the connection
  /Query read timeout/i, // query_timeout on the client side
  /Cannot use a pool after calling end/i, // shutting down
  /Client has encountered a connection error/i,
  /connection is not yet established/i, // TypeORM: the DataSource is closed (shutting down)
  /Driver not Connected/i,
  /No connection for contended work became free in time/i, // ContendedTransactions' bulkhead
];

/** The error itself and what it wraps (TypeORM's `driverError`, `cause`), a few levels deep. */
function* chain(error: unknown): Generator<Record<string, unknown>> {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const record = current as Record<string, unknown>;
    yield record;
    current = record.driverError ?? record.cause;
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const link of chain(error)) {
    const code = typeof link.code === 'string' ? link.code : undefined;
    if (code && /^[0-9A-Z]{5}$/.test(code)) {
      if (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith(CONNECTION_EXCEPTION_CLASS))
        return true;
    }
    if (code && UNAVAILABLE_SYSTEM_CODES.has(code)) return true;
    const message = typeof link.message === 'string' ? link.message : '';
    if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
  }
  return false;
}

/** What to log about one: the code and message, never a stack or an SQL text. */
export function describeDatabaseFailure(error: unknown): { code?: string; reason: string } {
  for (const link of chain(error)) {
    if (typeof link.code === 'string') {
      return { code: link.code, reason: typeof link.message === 'string' ? link.message : '' };
    }
  }
  return { reason: error instanceof Error ? error.message : String(error) };
}
