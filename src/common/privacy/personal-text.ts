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

/** What to search for and what replaces it, pattern by pattern (the address first). */
export function personalReplacements(
  subject: PersonalDataSubject,
  pseudonym: string,
): Array<{ pattern: string; replacement: string }> {
  const replacements: Array<{ pattern: string; replacement: string }> = [];
  const email = emailPattern(subject.email);
  if (email) replacements.push({ pattern: email, replacement: pseudonymousEmail(subject.userId) });
  const name = fullNamePattern(subject.name);
  if (name) replacements.push({ pattern: name, replacement: pseudonym });
  return replacements;
}

/** `text` with the person's full name and address replaced (case-insensitive). */
export function redactPersonalText(
  text: string,
  subject: PersonalDataSubject,
  pseudonym: string,
): string {
  return personalReplacements(subject, pseudonym).reduce(
    (result, { pattern, replacement }) =>
      result.replace(new RegExp(pattern, 'gi'), () => replacement),
    text,
  );
}
