import { GraphQLScalarType, Kind } from 'graphql';

/**
 * Strict ISO 8601 with an offset: `2027-09-12T07:00:00Z`, `2027-09-12T10:00:00.000+03:00`.
 * `new Date()` (what the default scalar did) takes `"0"` as the year 2000 and `"-1"` as
 * 2001, and any year from −271821 on.
 */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/i;

/** An unreadable value becomes an invalid Date; see `parseInstant`. */
const INVALID = (): Date => new Date(Number.NaN);

/**
 * Reads an instant strictly. A value that is not one does not throw here: it becomes an
 * invalid Date, which the input pipe refuses as BAD_USER_INPUT naming the argument
 * (rule `INVALID_DATE_TIME`), the same way it refuses one outside 2000–2100
 * (`DATE_OUT_OF_RANGE`). A scalar error would name only a variable, with another code for
 * inline literals.
 */
export function parseInstant(value: unknown): Date {
  if (typeof value !== 'string') return INVALID();
  const match = ISO_INSTANT.exec(value);
  if (!match) return INVALID();
  const [, year, month, day, hour, minute, second] = match.map((part) => part ?? '0');
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return INVALID();
  // Date.parse rolls 2027-02-30 over to March: check the calendar fields really exist.
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (
    calendar.getUTCMonth() !== Number(month) - 1 ||
    calendar.getUTCDate() !== Number(day) ||
    Number(hour) > 23 ||
    Number(minute) > 59 ||
    Number(second) > 59
  )
    return INVALID();
  return instant;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string | null>({
  name: 'DateTime',
  description:
    'An instant in ISO 8601 with an offset, such as 2027-09-12T07:00:00Z; answers are in UTC. Input must lie between 2000-01-01 and 2100-12-31.',
  // Output as before (Nest's GraphQLISODateTime).
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
  parseValue: parseInstant,
  parseLiteral(ast) {
    return ast.kind === Kind.STRING ? parseInstant(ast.value) : INVALID();
  },
});
