import { ValidateBy } from 'class-validator';
import { Locale } from '../../common/i18n/locale.js';

/** The rule names in `validationErrors` (`rule.INVALID_AMOUNT`, `rule.UNKNOWN_CURRENCY`). */
export const INVALID_AMOUNT = 'INVALID_AMOUNT';
export const UNKNOWN_CURRENCY = 'UNKNOWN_CURRENCY';

/**
 * An amount as people write it in a form: digits, at most two decimals, not negative, at most
 * 12 digits before the point (numeric(14,2)). No exponent, no sign, no grouping.
 */
const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

export function isAmount(value: unknown): value is string {
  return typeof value === 'string' && AMOUNT.test(value);
}

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 code the platform's Intl knows (EUR, SEK, NOK, …). */
export function isCurrency(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value) && CURRENCIES.has(value);
}

/** Validates an amount string (see `isAmount`); refusals name the rule INVALID_AMOUNT. */
export function IsAmount(): PropertyDecorator {
  return ValidateBy({
    name: INVALID_AMOUNT,
    validator: {
      validate: (value) => isAmount(value),
      defaultMessage: (args) =>
        `${args?.property} must be a non-negative amount with at most two decimals, e.g. 225118 or 1250.50`,
    },
  });
}

/** Validates an ISO 4217 currency code; refusals name the rule UNKNOWN_CURRENCY. */
export function IsCurrency(): PropertyDecorator {
  return ValidateBy({
    name: UNKNOWN_CURRENCY,
    validator: {
      validate: (value) => isCurrency(value),
      defaultMessage: (args) => `${args?.property} must be an ISO 4217 currency code such as EUR`,
    },
  });
}

/** The stored form: exactly two decimals ('225118' → '225118.00'), as PostgreSQL returns it. */
export function normaliseAmount(amount: string): string {
  const [whole, fraction = ''] = amount.split('.');
  return `${BigInt(whole).toString()}.${fraction.padEnd(2, '0')}`;
}

const INTL_LOCALE: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/**
 * Money in the reader's language, from the exact decimal string (never through a float):
 * fi `225 118 €`, sv `225 118 €`, en `€225,118`; cents only when there are some
 * (`1 250,50 €`, `€1,250.50`).
 */
export function formatMoney(amount: string, currency: string, locale: Locale): string {
  const hasCents = !/\.0*$/.test(amount) && amount.includes('.');
  const format = new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'currency',
    currency,
    minimumFractionDigits: hasCents ? 2 : 0,
    maximumFractionDigits: 2,
  });
  // Intl formats a decimal string exactly (ES2023 Intl.NumberFormat v3).
  return format.format(amount as `${number}`);
}

/** A span of calendar dates in the reader's language: `1.4.2021–30.11.2021`, `1 April 2021 – 30 November 2021`. */
export function formatDateSpan(startDate: string, endDate: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: 'numeric',
    month: locale === Locale.en ? 'long' : 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  // A calendar date has no zone: format it as that day in UTC.
  const day = (date: string) => format.format(new Date(`${date}T12:00:00Z`));
  return locale === Locale.en
    ? `${day(startDate)} – ${day(endDate)}`
    : `${day(startDate)}–${day(endDate)}`;
}
