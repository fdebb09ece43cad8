import { Column } from 'typeorm';
import { DEFAULT_LOCALE, type Locale } from './locale.js';

/**
 * Text in Finnish, Swedish and English, stored as three columns (`<prefix>_fi`, …).
 * Finnish is required; a missing translation falls back to Finnish.
 */
export class LocalizedText {
  @Column('text')
  fi: string;

  @Column('text', { nullable: true })
  sv: string | null;

  @Column('text', { nullable: true })
  en: string | null;
}

export function pickLocalized(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text[DEFAULT_LOCALE] ?? '';
}

/** The three `<prefix>_fi/sv/en` columns of a raw SQL row as a LocalizedText. */
export function localizedFromRow(row: object, prefix: string): LocalizedText {
  const columns = row as Record<string, string | null | undefined>;
  return {
    fi: columns[`${prefix}_fi`] ?? '',
    sv: columns[`${prefix}_sv`] ?? null,
    en: columns[`${prefix}_en`] ?? null,
  };
}
