/**
 * Exact decimals as the API takes them: an optional minus, up to 10 integer digits and up to
 * 4 decimals — what numeric(14,4) holds without rounding.
 */
export const DECIMAL_PATTERN = /^-?\d{1,10}(\.\d{1,4})?$/;

/** '12.5000' → '12.5', '-0.0000' → '0': PostgreSQL's numeric text without trailing zeros. */
export function normalizeDecimal(value: string): string {
  let text = value.trim();
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  if (/^-0*$/.test(text)) return '0';
  return text;
}

/**
 * How far the latest value has come from the baseline toward the target, 0…1:
 * (latest − baseline) / (target − baseline), clamped, so a value past the target is 1 and one
 * moving away from it is 0. Works for falling targets too (CO₂e down from 120 to 80: 100 → 0.5).
 * Null when there is no measurement yet, or when target = baseline (no distance to cover).
 */
export function metricProgress(
  baseline: string,
  target: string,
  latest: string | null,
): number | null {
  if (latest === null) return null;
  // Scaled to integers (4 decimals) so the difference is exact before the one division.
  const base = scaled(baseline);
  const distance = scaled(target) - base;
  if (distance === 0n) return null;
  const ratio = Number(scaled(latest) - base) / Number(distance);
  return Math.min(1, Math.max(0, ratio));
}

function scaled(value: string): bigint {
  const [whole, fraction = ''] = value.trim().split('.');
  const negative = whole.startsWith('-');
  const digits = BigInt(whole.replace('-', '') + fraction.padEnd(4, '0').slice(0, 4));
  return negative ? -digits : digits;
}
