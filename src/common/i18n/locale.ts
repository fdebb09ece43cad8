import Negotiator from 'negotiator';

/** The languages Akatemia speaks. Finnish first. */
export enum Locale {
  fi = 'fi',
  sv = 'sv',
  en = 'en',
}
export const LOCALES = [Locale.fi, Locale.sv, Locale.en] as const;
/** Finnish first: the fallback for every text that is missing in the caller's language. */
export const DEFAULT_LOCALE = Locale.fi;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** fi, sv or en when the Accept-Language header names one of them, else null (`*`, `de`). */
export function explicitLocale(header: string | undefined): Locale | null {
  if (!header) return null;
  const negotiator = new Negotiator({ headers: { 'accept-language': header } });
  for (const language of negotiator.languages()) {
    const primary = language.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return null;
}

/** Picks fi, sv or en from an Accept-Language header (`sv-FI,sv;q=0.9` → `sv`), else Finnish. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  return explicitLocale(header) ?? DEFAULT_LOCALE;
}

/** The part of a request context every message and text field reads: the caller's language. */
export interface LocaleContext {
  locale: Locale;
}
