import { DomainException } from '../../common/errors/domain.exception.js';
import { EventSeatQueue, retryWhileBusy } from './event-seat-queue.js';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

describe('EventSeatQueue', () => {
  it('runs one event’s work one at a time, in arrival order, and different events side by side', async () => {
    const queue = new EventSeatQueue();
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const job = (event: string, name: string) =>
      queue.run(event, async () => {
        running++;
        most = Math.max(most, running);
        log.push(`${name} start`);
        await tick();
        log.push(`${name} end`);
        running--;
        return name;
      });
    const results = await Promise.all([job('a', 'a1'), job('a', 'a2'), job('a', 'a3')]);
    expect(results).toEqual(['a1', 'a2', 'a3']);
    expect(log).toEqual(['a1 start', 'a1 end', 'a2 start', 'a2 end', 'a3 start', 'a3 end']);
    expect(most).toBe(1);

    most = 0;
    await Promise.all([job('a', 'x'), job('b', 'y')]);
    expect(most).toBe(2);
    expect(queue.size).toBe(0);
  });

  it('goes on after a failure, and forgets the event when its queue is empty', async () => {
    const queue = new EventSeatQueue();
    const failing = queue.run('a', () => Promise.reject(new Error('refused')));
    const next = queue.run('a', () => Promise.resolve('next'));
    await expect(failing).rejects.toThrow('refused');
    await expect(next).resolves.toBe('next');
    expect(queue.size).toBe(0);
  });

  it('tells a caller who waited past the bound to retry, without running its work', async () => {
    const queue = new EventSeatQueue();
    queue.maxWaitMs = 5;
    const slow = queue.run('a', () => new Promise((resolve) => setTimeout(resolve, 30)));
    let ran = false;
    const late = queue.run('a', () => {
      ran = true;
      return Promise.resolve('ran');
    });
    await expect(late).rejects.toBeInstanceOf(DomainException);
    await expect(late).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    await slow;
    expect(ran).toBe(false);
    expect(queue.size).toBe(0);
  });

  it('batches what arrives while the event is busy: one turn, arrival order, an outcome each', async () => {
    const queue = new EventSeatQueue();
    const turns: string[][] = [];
    const work = (items: readonly string[]) => {
      turns.push([...items]);
      return tick().then(() =>
        items.map((item) =>
          item === 'bad'
            ? { ok: false as const, error: new Error(`refused ${item}`) }
            : { ok: true as const, value: item.toUpperCase() },
        ),
      );
    };
    const first = queue.batch('a', 'one', work);
    // The first turn has started with 'one' alone; these wait for the next turn, together.
    await Promise.resolve();
    const rest = ['two', 'bad', 'three'].map((item) => queue.batch('a', item, work));
    await expect(first).resolves.toBe('ONE');
    await expect(rest[0]).resolves.toBe('TWO');
    await expect(rest[1]).rejects.toThrow('refused bad');
    await expect(rest[2]).resolves.toBe('THREE');
    expect(turns).toEqual([['one'], ['two', 'bad', 'three']]);

    // A failing turn fails each of its items, and the next turn runs.
    const failing = (items: readonly string[]) => {
      turns.push([...items]);
      return Promise.reject(new Error('database gone'));
    };
    const both = [queue.batch('a', 'x', failing), queue.batch('a', 'y', failing)];
    await expect(both[0]).rejects.toThrow('database gone');
    await expect(both[1]).rejects.toThrow('database gone');
    await expect(queue.batch('a', 'z', work)).resolves.toBe('Z');
    expect(queue.size).toBe(0);
  });

  it('runs a transaction again only when it wrote nothing (no connection in time, lock timeout), until the deadline', async () => {
    let calls = 0;
    const busyTwice = () =>
      ++calls <= 2
        ? Promise.reject(new Error('timeout exceeded when trying to connect'))
        : Promise.resolve('done');
    await expect(retryWhileBusy(busyTwice, performance.now() + 5000)).resolves.toBe('done');
    expect(calls).toBe(3);

    calls = 0;
    const lost = () => {
      calls++;
      return Promise.reject(Object.assign(new Error('Connection terminated'), { code: '08006' }));
    };
    await expect(retryWhileBusy(lost, performance.now() + 5000)).rejects.toThrow('terminated');
    expect(calls).toBe(1);

    calls = 0;
    const locked = () => {
      calls++;
      return Promise.reject(Object.assign(new Error('lock timeout'), { code: '55P03' }));
    };
    await expect(retryWhileBusy(locked, performance.now() + 120)).rejects.toThrow('lock timeout');
    expect(calls).toBeGreaterThan(1);
  });
});
