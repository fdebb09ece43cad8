import { Injectable } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';

/**
 * The longest a seat change waits for its turn in this instance. A registration is a few
 * milliseconds of work, so this is thousands of people ahead; past it the caller is told to
 * retry (SERVICE_UNAVAILABLE) rather than wait without bound.
 */
export const EVENT_QUEUE_WAIT_MS = 30_000;

/**
 * One event's seat changes (register, cancel, configure) run one after another in this
 * instance, first come first served, waiting here — as a promise, holding no database
 * connection — instead of on the event's row lock. A rush of hundreds for one event so costs
 * one pooled connection per instance, the rest of the API keeps its connections, and the
 * database sees at most one waiter per other instance on the event's lock (see
 * RegistrationService). Events are independent: different events never wait for each other.
 */
@Injectable()
export class EventSeatQueue {
  private readonly tails = new Map<string, Promise<void>>();
  /** A unit spec shortens it. */
  maxWaitMs = EVENT_QUEUE_WAIT_MS;

  async run<T>(eventId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(eventId) ?? Promise.resolve();
    let finished!: () => void;
    const mine = new Promise<void>((resolve) => (finished = resolve));
    // `previous` only ever resolves: each link is a `mine` of an earlier caller.
    const tail = previous.then(() => mine);
    this.tails.set(eventId, tail);
    const queuedAt = performance.now();
    try {
      await previous;
      if (performance.now() - queuedAt > this.maxWaitMs)
        throw new DomainException(ErrorCode.SERVICE_UNAVAILABLE, { retryAfterSeconds: 5 });
      return await work();
    } finally {
      finished();
      if (this.tails.get(eventId) === tail) this.tails.delete(eventId);
    }
  }

  /** Events with work queued or running (for the unit spec: nothing is kept after). */
  get size(): number {
    return this.tails.size;
  }
}
