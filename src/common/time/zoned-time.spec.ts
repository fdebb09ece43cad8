import { Locale } from '../i18n/locale.js';
import {
  formatZoned,
  formatZonedRange,
  formatZonedRangeWithZone,
  localIso,
  parseZonedInput,
  wholeDays,
  ZonedTimeError,
  zoneName,
} from './zoned-time.js';

const HELSINKI = 'Europe/Helsinki';

function problemOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof ZonedTimeError ? error.problem : 'other';
  }
}

describe('parseZonedInput', () => {
  it('refuses instants outside 2000–2100 and non-strict ISO forms', () => {
    expect(problemOf(() => parseZonedInput('0001-01-01T10:00', HELSINKI))).toBe(
      'DATE_OUT_OF_RANGE',
    );
    expect(problemOf(() => parseZonedInput('1999-12-31T23:59:59Z', HELSINKI))).toBe(
      'DATE_OUT_OF_RANGE',
    );
    expect(problemOf(() => parseZonedInput('2101-01-01T00:00Z', HELSINKI))).toBe(
      'DATE_OUT_OF_RANGE',
    );
    expect(problemOf(() => parseZonedInput('-000001-01-01T00:00:00Z', HELSINKI))).toBe(
      'INVALID_DATE_TIME',
    );
    expect(problemOf(() => parseZonedInput('2027-W37-1T10:00Z', HELSINKI))).toBe(
      'INVALID_DATE_TIME',
    );
    expect(problemOf(() => parseZonedInput('2027-255T10:00Z', HELSINKI))).toBe('INVALID_DATE_TIME');
    expect(parseZonedInput('2100-12-31T23:59:59Z', HELSINKI).toISOString()).toBe(
      '2100-12-31T23:59:59.000Z',
    );
  });

  it('reads local times in the academy zone, summer and winter', () => {
    expect(parseZonedInput('2023-09-12T10:00', HELSINKI).toISOString()).toBe(
      '2023-09-12T07:00:00.000Z',
    );
    expect(parseZonedInput('2023-11-22T09:00', HELSINKI).toISOString()).toBe(
      '2023-11-22T07:00:00.000Z',
    );
    expect(parseZonedInput('2023-05-31T23:59:59.999', HELSINKI).toISOString()).toBe(
      '2023-05-31T20:59:59.999Z',
    );
  });

  it('takes instants with an offset as they are', () => {
    expect(parseZonedInput('2023-09-12T07:00:00Z', HELSINKI).toISOString()).toBe(
      '2023-09-12T07:00:00.000Z',
    );
    expect(parseZonedInput('2023-10-29T03:30+03:00', HELSINKI).toISOString()).toBe(
      '2023-10-29T00:30:00.000Z',
    );
    expect(parseZonedInput('2023-10-29T03:30+02:00', HELSINKI).toISOString()).toBe(
      '2023-10-29T01:30:00.000Z',
    );
  });

  it('refuses the spring-forward hour that does not exist in Helsinki', () => {
    expect(problemOf(() => parseZonedInput('2024-03-31T03:30', HELSINKI))).toBe(
      'NONEXISTENT_LOCAL_TIME',
    );
    expect(problemOf(() => parseZonedInput('2024-03-31T04:00', HELSINKI))).toBeUndefined();
  });

  it('asks for an offset in the autumn hour that happens twice', () => {
    expect(problemOf(() => parseZonedInput('2023-10-29T03:30', HELSINKI))).toBe(
      'AMBIGUOUS_LOCAL_TIME',
    );
    expect(problemOf(() => parseZonedInput('2023-10-29T04:30', HELSINKI))).toBeUndefined();
  });

  it.each([
    '',
    '31.5.2023',
    '2023-02-30T10:00',
    '2023-09-12 10:00',
    'tomorrow',
    '2023-09-12T25:00',
  ])('refuses malformed %p', (value) => {
    expect(problemOf(() => parseZonedInput(value, HELSINKI))).toBe('INVALID_DATE_TIME');
  });
});

describe('showing instants in the zone', () => {
  it('gives the local wall-clock time and readable text per language', () => {
    const deadline = new Date('2023-05-31T20:59:59.999Z');
    expect(localIso(deadline, HELSINKI)).toBe('2023-05-31T23:59:59');
    expect(formatZoned(deadline, HELSINKI, Locale.fi)).toMatch(/31\.5\.2023.*23[.:]59/);
    expect(formatZoned(deadline, HELSINKI, Locale.en)).toMatch(/31 May 2023.*23:59/);
  });
});

describe('showing a time span in the zone', () => {
  const start = new Date('2027-05-10T06:00:00Z');
  const end = new Date('2027-05-10T06:45:00Z');

  it('writes one date and both times, in local time, per language', () => {
    expect(formatZonedRange(start, end, HELSINKI, Locale.fi)).toBe('10.5.2027 klo 9.00–9.45');
    expect(formatZonedRange(start, end, HELSINKI, Locale.sv)).toBe('10.5.2027 kl. 09.00–09.45');
    expect(formatZonedRange(start, end, HELSINKI, Locale.en)).toBe('10 May 2027, 09:00–09:45');
    // Winter time: the same wall clock is an hour later in UTC.
    expect(
      formatZonedRange(
        new Date('2027-11-10T07:00:00Z'),
        new Date('2027-11-10T07:45:00Z'),
        HELSINKI,
        Locale.fi,
      ),
    ).toBe('10.11.2027 klo 9.00–9.45');
  });

  it('writes both ends in full when the span crosses midnight locally', () => {
    const text = formatZonedRange(
      new Date('2027-05-10T20:30:00Z'),
      new Date('2027-05-10T21:30:00Z'),
      HELSINKI,
      Locale.en,
    );
    expect(text).toMatch(/^10 May 2027.*23:30 – 11 May 2027.*00:30$/);
  });
});

describe('times in mail name their zone', () => {
  const start = new Date('2027-05-10T06:00:00Z');
  const end = new Date('2027-05-10T06:45:00Z');

  it('says Finnish time in each language for Helsinki', () => {
    expect(formatZonedRangeWithZone(start, end, HELSINKI, Locale.fi)).toBe(
      '10.5.2027 klo 9.00–9.45 (Suomen aikaa)',
    );
    expect(formatZonedRangeWithZone(start, end, HELSINKI, Locale.sv)).toBe(
      '10.5.2027 kl. 09.00–09.45 (finsk tid)',
    );
    expect(formatZonedRangeWithZone(start, end, HELSINKI, Locale.en)).toBe(
      '10 May 2027, 09:00–09:45 (Finnish time)',
    );
  });

  it('gives another zone its generic name', () => {
    expect(zoneName('Europe/Stockholm', Locale.en)).toBe('Central European Time');
    expect(zoneName('Europe/Stockholm', Locale.fi)).toBe('Keski-Euroopan aika');
  });
});

describe('wholeDays', () => {
  it('finds a span from midnight to midnight in the zone, also across a DST change', () => {
    expect(
      wholeDays(
        new Date('2023-11-23T00:00:00+02:00'),
        new Date('2024-02-01T00:00:00+02:00'),
        HELSINKI,
      ),
    ).toEqual({ firstDay: '2023-11-23', dayAfter: '2024-02-01' });
    expect(
      wholeDays(
        new Date('2027-03-28T00:00:00+02:00'),
        new Date('2027-03-29T00:00:00+03:00'),
        HELSINKI,
      ),
    ).toEqual({ firstDay: '2027-03-28', dayAfter: '2027-03-29' });
  });

  it('leaves anything with a clock time, or no whole day, timed', () => {
    const at = (iso: string) => new Date(iso);
    expect(wholeDays(at('2027-09-14T00:00:00Z'), at('2027-09-15T00:00:00Z'), HELSINKI)).toBeNull();
    expect(
      wholeDays(at('2027-09-14T00:00:00+03:00'), at('2027-09-14T23:59:00+03:00'), HELSINKI),
    ).toBeNull();
    expect(
      wholeDays(at('2027-09-14T00:00:00+03:00'), at('2027-09-14T00:00:00+03:00'), HELSINKI),
    ).toBeNull();
  });
});
