import { Kind } from 'graphql';
import { DateTimeScalar, parseInstant } from './date-time.scalar.js';

const valid = (value: unknown): boolean => !Number.isNaN(parseInstant(value).getTime());

describe('DateTime scalar', () => {
  it('reads strict ISO 8601 instants with an offset', () => {
    expect(parseInstant('2027-09-12T07:00:00Z').toISOString()).toBe('2027-09-12T07:00:00.000Z');
    expect(parseInstant('2027-09-12T10:00+03:00').toISOString()).toBe('2027-09-12T07:00:00.000Z');
    expect(parseInstant('2027-09-12T10:00:00.123+03:00').toISOString()).toBe(
      '2027-09-12T07:00:00.123Z',
    );
  });

  it.each([
    '-1',
    '0',
    '2027',
    '2027-09-12',
    '2027-09-12T10:00:00',
    '2027-02-30T10:00:00Z',
    '2027-09-12T24:00:00Z',
    '+002027-09-12T10:00:00Z',
    'Sun, 12 Sep 2027 10:00:00 GMT',
    '',
    12,
    null,
  ])('makes %j an invalid Date for the input pipe to refuse', (value) => {
    expect(valid(value)).toBe(false);
  });

  it('refuses non-string literals the same way and writes UTC', () => {
    expect(
      Number.isNaN(DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '0' }).getTime()),
    ).toBe(true);
    expect(DateTimeScalar.serialize(new Date('2027-09-12T10:00:00+03:00'))).toBe(
      '2027-09-12T07:00:00.000Z',
    );
  });
});
