import { Injectable } from '@nestjs/common';
import { DomainException } from '../../common/errors/domain.exception.js';
import { ErrorCode } from '../../common/errors/error-code.js';
import { CONTENDED_CAPACITY_MESSAGE } from '../../database/contended-transactions.js';

/**
 * The longest a seat change waits for its turn in this instance. A registration is a few
 * milliseconds of work, so this is thousands of people ahead; past it the caller is told to
 * retry (SERVICE_UNAVAILABLE) rather than wait without bound.
 */
export const EVENT_QUEUE_WAIT_MS = 30_000;

/**
 * A transaction that could not start or wait — no pooled connection in time (pool or
 * bulkhead), or the lock timeout — wrote nothing and may simply run again. Other failures
 * (a lost connection, possibly during COMMIT) are not retried: their outcome is unknown.
 */
export function isSafeToRetry(error: unknown): boolean {
  const record = error as { code?: unknown; message?: unknown; driverError?: { code?: unknown } };
  const code = record?.code ?? record?.driverError?.code;
  const message = typeof record?.message === 'string' ? record.message : '';
  return (
    code === '55P03' ||
    message.includes(CONTENDED_CAPACITY_MESSAGE) ||
    /timeout exceeded when trying to connect/i.test(message)
  );
}

/**
 * Runs `work` again while it fails in a way that wrote nothing (`isSafeToRetry`), a little
 * later each time, until `deadline` (performance.now()); then the failure stands. Under a
 * rush on a busy machine a batch may find the pool full once; its people should not be told
 * to retry for that.
 */
export async function retryWhileBusy<T>(work: () => Promise<T>, deadline: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const pause = Math.min(1000, 50 * attempt);
      if (!isSafeToRetry(error) || performance.now() + pause > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/** At most this many registrations share one transaction (it stays short). */
export const EVENT_BATCH_SIZE = 100;

/** One item's answer from a batch: its own value, or its own refusal. */
export type BatchOutcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

interface OpenBatch<I, R> {
  items: I[];
  settlers: Array<{ resolve: (value: R) => void; reject: (error: unknown) => void }>;
}

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
  /** Per event, the batch still taking items (its turn in the queue has not come yet). */
  private readonly open = new Map<string, OpenBatch<unknown, unknown>>();
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

  /**
   * Joins `item` to the event's open batch, or opens one queued like any other work: items
   * that arrive while the event's earlier work runs share one turn (one transaction), in
   * arrival order, up to EVENT_BATCH_SIZE. `work` gets the items and answers one outcome per
   * item, so one person's refusal is not another's; if `work` throws, every item gets it.
   */
  batch<I, R>(
    eventId: string,
    item: I,
    work: (items: readonly I[]) => Promise<Array<BatchOutcome<R>>>,
  ): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const current = this.open.get(eventId) as OpenBatch<I, R> | undefined;
      if (current && current.items.length < EVENT_BATCH_SIZE) {
        current.items.push(item);
        current.settlers.push({ resolve, reject });
        return;
      }
      const batch: OpenBatch<I, R> = { items: [item], settlers: [{ resolve, reject }] };
      this.open.set(eventId, batch as OpenBatch<unknown, unknown>);
      const close = () => {
        if (this.open.get(eventId) === batch) this.open.delete(eventId);
      };
      this.run(eventId, () => {
        close();
        return work(batch.items);
      }).then(
        (outcomes) =>
          batch.settlers.forEach((settler, index) => {
            const outcome = outcomes[index];
            if (outcome.ok) settler.resolve(outcome.value);
            else settler.reject(outcome.error);
          }),
        (error: unknown) => {
          close();
          batch.settlers.forEach((settler) => settler.reject(error));
        },
      );
    });
  }

  /** Events with work queued or running (for the unit spec: nothing is kept after). */
  get size(): number {
    return this.tails.size;
  }
}
