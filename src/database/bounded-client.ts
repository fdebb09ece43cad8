import { Client, type ClientConfig } from 'pg';

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
  constructor(config?: string | ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    const abandonOnTimeout = (error: unknown) => {
      if (error instanceof Error && error.message === QUERY_READ_TIMEOUT) this.abandon();
    };
    (this as unknown as { query: (...args: unknown[]) => unknown }).query = (
      ...args: unknown[]
    ) => {
      const last = args.length > 0 ? args[args.length - 1] : undefined;
      if (typeof last === 'function') {
        const callback = last as (error: unknown, ...rest: unknown[]) => void;
        args[args.length - 1] = (error: unknown, ...rest: unknown[]) => {
          abandonOnTimeout(error);
          callback(error, ...rest);
        };
        return query(...args);
      }
      const result = query(...args);
      if (result instanceof Promise) result.catch(abandonOnTimeout);
      return result;
    };
  }

  private abandon(): void {
    // `connection` is pg's internal socket wrapper; destroying its stream ends the client
    // with "Connection terminated", which the pool (or TypeORM's query runner) listens for.
    const connection = (this as unknown as { connection?: { stream?: { destroy(): void } } })
      .connection;
    connection?.stream?.destroy();
  }
}
