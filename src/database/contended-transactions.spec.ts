import { contendedCapacity } from './contended-transactions.js';

describe('contendedCapacity', () => {
  it('leaves a quarter of the pool, at least one connection, to everything else', () => {
    expect([1, 2, 4, 5, 10, 20].map(contendedCapacity)).toEqual([1, 1, 3, 4, 8, 15]);
  });
});
