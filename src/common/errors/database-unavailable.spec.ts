import { describeDatabaseFailure, isDatabaseUnavailable } from './database-unavailable.js';

/** What TypeORM throws for a failed statement: the pg error under `driverError`. */
const queryFailed = (code: string, message = 'failed') =>
  Object.assign(new Error(message), {
    name: 'QueryFailedError',
    driverError: Object.assign(new Error(message), { code }),
  });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a lock timeout', queryFailed('55P03', 'canceling statement due to lock timeout')],
    ['a statement timeout', queryFailed('57014', 'canceling statement due to statement timeout')],
    ['an administrator shutdown', queryFailed('57P01', 'terminating connection')],
    ['a server starting up or shutting down', queryFailed('57P03')],
    ['a connection failure (class 08)', queryFailed('08006')],
    ['too many connections', queryFailed('53300')],
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
    ['a pool wait that timed out', new Error('timeout exceeded when trying to connect')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a client-side query timeout', new Error('Query read timeout')],
    [
      'a closed DataSource',
      new Error('Cannot execute operation because connection is not yet established.'),
    ],
    ['a wrapped cause', new Error('outer', { cause: queryFailed('08003') })],
  ])('is true for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', queryFailed('23505')],
    ['a syntax error', queryFailed('42601')],
    ['a plain bug', new TypeError('cannot read properties of undefined')],
    ['not an error', 'oops'],
  ])('is false for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('describes the failure by its code and message', () => {
    expect(describeDatabaseFailure(queryFailed('55P03', 'lock timeout'))).toEqual({
      code: '55P03',
      reason: 'lock timeout',
    });
    expect(describeDatabaseFailure(new Error('Query read timeout'))).toEqual({
      reason: 'Query read timeout',
    });
  });
});
