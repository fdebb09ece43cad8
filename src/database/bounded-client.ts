import { Client } from 'pg';

/** pg's message when `query_timeout` ends the wait for an answer. */
const QUERY_READ_TIMEOUT = 'Query read timeout';

/**
 * The app pool's connection. pg's `query_timeout` answers the caller with an error but
 * leaves the statement running on the connection, and the pool would hand that connection
 * to the next request, which then queues behind the stuck statement. This client closes its
 * socket instead, so the pool discards it and opens a fresh one (the server ends the
 * orphaned backend when it notices the client is gone).
 */
export class BoundedClient extends Client {
  /** Closes the socket; the pool (or TypeORM's query runner) hears "Connection terminated". */
  abandon(): void {
    // `connection` is pg's internal socket wrapper.
    const connection = (this as unknown as { connection?: { stream?: { destroy(): void } } })
      .connection;
    connection?.stream?.destroy();
  }
}

type AnyQuery = (this: Client, ...args: unknown[]) => unknown;

// One implementation for pg's many `query` overloads (promise or callback last), on the
// prototype and calling Client.prototype.query at call time, so wrappers of pg's own
// prototype (the statement counter in the tests) still see every query.
(
  BoundedClient.prototype as unknown as {
    query: (this: BoundedClient, ...args: unknown[]) => unknown;
  }
).query = function (this: BoundedClient, ...args: unknown[]) {
  const query = (Client.prototype as unknown as { query: AnyQuery }).query;
  const abandonOnTimeout = (error: unknown) => {
    if (error instanceof Error && error.message === QUERY_READ_TIMEOUT) this.abandon();
  };
  const last = args.length > 0 ? args[args.length - 1] : undefined;
  if (typeof last === 'function') {
    const callback = last as (error: unknown, ...rest: unknown[]) => void;
    args[args.length - 1] = (error: unknown, ...rest: unknown[]) => {
      abandonOnTimeout(error);
      callback(error, ...rest);
    };
    return query.apply(this, args);
  }
  const result = query.apply(this, args);
  if (result instanceof Promise) result.catch(abandonOnTimeout);
  return result;
};
