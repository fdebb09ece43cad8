import type { PersonalDataSubject } from './personal-data.js';

/**
 * How an erased person's name and address are found in text and what replaces them (issue 17,
 * docs/privacy.md "Erasure"). Shared by the erasers of the features and by the schema-wide
 * scrub of the privacy feature, so every table says the same pseudonym.
 */

/**
 * The undeliverable, unique address (RFC 2606: `.invalid`) an erased account keeps, by the
 * account's id — or a record of the person keeps by its own id where one person may have two
 * records under one unique address rule (a cohort team's rows).
 */
export function pseudonymousEmail(id: string): string {
  return `erased-${id}@poistettu.invalid`;
}

/** Escapes a literal for a POSIX regular expression (PostgreSQL `~*`) and a JS RegExp alike. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The person's full name as a search pattern: any run of white space between its words. Only
 * a name of at least two words is searched for — a first name alone ("Matti") also names
 * other people, so it is never replaced across records (the documented limit of the scrub).
 */
export function fullNamePattern(name: string | null | undefined): string | null {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return null;
  return words.map(escapeRegExp).join('\\s+');
}

/** The person's address as a search pattern (matched case-insensitively). */
export function emailPattern(email: string): string | null {
  const trimmed = email.trim();
  return trimmed.length >= 3 ? escapeRegExp(trimmed) : null;
}

/**
 * Boundaries, so that erasing `ann@kunta.fi` leaves `joann@kunta.fi` alone and erasing "Anna
 * Virta" leaves "Johanna Virta" and "Anna Virtanen" alone. PostgreSQL's regular expressions
 * (the scrub, the audit eraser) and JavaScript's (`redactPersonalText`) both have look-around,
 * but not the same letter classes: each engine gets its own form of the same rule.
 */
const ADDRESS_CHAR = '[A-Za-z0-9._%+-]';
const ADDRESS_BOUNDARY = {
  before: `(?<!${ADDRESS_CHAR})`,
  // A sentence's full stop may follow an address; a further domain label may not.
  after: '(?![A-Za-z0-9_%+-]|\\.[A-Za-z0-9])',
};
const NAME_BOUNDARY = {
  /**
   * PostgreSQL: `\w` is a letter (any script, per the database's locale), digit or `_`. A
   * hyphen joins names ("Anna Virta-Ojala", "Maija-Anna Virta" are other people).
   */
  sql: { before: '(?<![\\w-])', after: '(?![\\w-])' },
  /** JavaScript with the `u` flag. */
  js: { before: '(?<![\\p{L}\\p{N}_-])', after: '(?![\\p{L}\\p{N}_-])' },
};

export interface PersonalReplacement {
  /** For PostgreSQL (`~*`, `regexp_replace(…, 'gi')`). */
  pattern: string;
  /** The same rule for JavaScript (`new RegExp(jsPattern, 'giu')`). */
  jsPattern: string;
  replacement: string;
}

/** What to search for and what replaces it, pattern by pattern (the address first). */
export function personalReplacements(
  subject: PersonalDataSubject,
  pseudonym: string,
): PersonalReplacement[] {
  const replacements: PersonalReplacement[] = [];
  const email = emailPattern(subject.email);
  if (email) {
    const bounded = `${ADDRESS_BOUNDARY.before}${email}${ADDRESS_BOUNDARY.after}`;
    replacements.push({
      pattern: bounded,
      jsPattern: bounded,
      replacement: pseudonymousEmail(subject.userId),
    });
  }
  const name = fullNamePattern(subject.name);
  if (name)
    replacements.push({
      pattern: `${NAME_BOUNDARY.sql.before}${name}${NAME_BOUNDARY.sql.after}`,
      jsPattern: `${NAME_BOUNDARY.js.before}${name}${NAME_BOUNDARY.js.after}`,
      replacement: pseudonym,
    });
  return replacements;
}

/** `text` with the person's full name and address replaced (case-insensitive). */
export function redactPersonalText(
  text: string,
  subject: PersonalDataSubject,
  pseudonym: string,
): string {
  return personalReplacements(subject, pseudonym).reduce(
    (result, { jsPattern, replacement }) =>
      result.replace(new RegExp(jsPattern, 'giu'), () => replacement),
    text,
  );
}
