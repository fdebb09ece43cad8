import { DECIMAL_PATTERN, metricProgress, normalizeDecimal } from './metric-progress.js';

describe('metricProgress', () => {
  it('is the share of the way from baseline to target', () => {
    expect(metricProgress('10', '50', '30')).toBe(0.5);
    expect(metricProgress('0.0000', '100.0000', '25.0000')).toBe(0.25);
  });

  it('works for a falling target', () => {
    expect(metricProgress('120', '80', '100')).toBe(0.5);
  });

  it('is clamped to 0…1', () => {
    expect(metricProgress('10', '50', '70')).toBe(1);
    expect(metricProgress('10', '50', '5')).toBe(0);
    expect(metricProgress('120', '80', '130')).toBe(0);
  });

  it('is null without a measurement or when target equals baseline', () => {
    expect(metricProgress('10', '50', null)).toBeNull();
    expect(metricProgress('40.0000', '40', '45')).toBeNull();
  });

  it('is exact for decimals that floats round', () => {
    expect(metricProgress('0.1', '0.3', '0.2')).toBe(0.5);
    expect(metricProgress('-1.5', '1.5', '0')).toBe(0.5);
  });
});

describe('decimals', () => {
  it('normalizes numeric text', () => {
    expect(normalizeDecimal('12.5000')).toBe('12.5');
    expect(normalizeDecimal('40.0000')).toBe('40');
    expect(normalizeDecimal('-0.0000')).toBe('0');
    expect(normalizeDecimal('120')).toBe('120');
  });

  it('accepts what numeric(14,4) holds and nothing else', () => {
    expect(DECIMAL_PATTERN.test('9999999999.9999')).toBe(true);
    expect(DECIMAL_PATTERN.test('-3.25')).toBe(true);
    expect(DECIMAL_PATTERN.test('12345678901')).toBe(false);
    expect(DECIMAL_PATTERN.test('1.23456')).toBe(false);
    expect(DECIMAL_PATTERN.test('1e3')).toBe(false);
    expect(DECIMAL_PATTERN.test('')).toBe(false);
  });
});
