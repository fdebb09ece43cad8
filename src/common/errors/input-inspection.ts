import { DATE_OUT_OF_RANGE, isInstantInRange } from '../time/instant-range.js';
import type { FieldProblem } from './domain.exception.js';

/**
 * C0 control characters other than tab, line feed and carriage return. PostgreSQL cannot
 * store NUL in text or jsonb (the insert fails with a server error), and the others have
 * no business in names, answers or notes.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
/** A surrogate code unit without its pair: not UTF-8 encodable, refused by jsonb and validators. */
const UNPAIRED_SURROGATE = /\p{Surrogate}/u;

/** No string argument is longer than this, whatever its field allows (fields cap lower). */
export const MAX_ANY_STRING = 20_000;
/** Nesting deeper than this (free JSON) is refused before anything walks it recursively. */
export const MAX_NESTING = 32;
/** Enough to name what is wrong without echoing a whole hostile document back. */
const MAX_PROBLEMS = 20;

export const NO_CONTROL_CHARACTERS = 'noControlCharacters';
export const WELL_FORMED_UNICODE = 'wellFormedUnicode';

function stringProblem(text: string, field: string): FieldProblem | null {
  if (CONTROL_CHARACTER.test(text))
    return {
      field,
      rule: NO_CONTROL_CHARACTERS,
      detail: `${field} contains a control character (such as NUL)`,
    };
  if (UNPAIRED_SURROGATE.test(text))
    return {
      field,
      rule: WELL_FORMED_UNICODE,
      detail: `${field} contains an unpaired surrogate (not well-formed Unicode)`,
    };
  if (text.length > MAX_ANY_STRING)
    return {
      field,
      rule: 'maxLength',
      detail: `${field} must be at most ${MAX_ANY_STRING} characters`,
    };
  return null;
}

const join = (prefix: string, key: string): string => (prefix ? `${prefix}.${key}` : key);

/**
 * Checks every string (and object key) of an argument as the client sent it, before
 * class-validator and before anything reaches PostgreSQL or a validator library that
 * would throw on it (validator.js's isEmail calls encodeURI, which throws URIError on an
 * unpaired surrogate). Dates coming from the DateTime scalar are checked too: an
 * unparseable one arrives as an invalid Date, one outside 2000–2100 as out of range.
 * Answers each problem with the field's path (`input.team.experts.0.name`).
 */
export function inspectInput(value: unknown, field: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const visit = (current: unknown, path: string, depth: number): void => {
    if (problems.length >= MAX_PROBLEMS) return;
    if (typeof current === 'string') {
      const problem = stringProblem(current, path || 'value');
      if (problem) problems.push(problem);
      return;
    }
    if (current instanceof Date) {
      if (Number.isNaN(current.getTime()))
        problems.push({
          field: path,
          rule: 'INVALID_DATE_TIME',
          detail: `${path} must be an ISO 8601 date-time with an offset, such as 2027-09-12T07:00:00Z`,
        });
      else if (!isInstantInRange(current))
        problems.push({
          field: path,
          rule: DATE_OUT_OF_RANGE,
          detail: `${path} must be between 2000-01-01 and 2100-12-31`,
        });
      return;
    }
    if (current === null || typeof current !== 'object') return;
    if (depth >= MAX_NESTING) {
      problems.push({
        field: path,
        rule: 'maxDepth',
        detail: `nested more than ${MAX_NESTING} levels`,
      });
      return;
    }
    if (Array.isArray(current)) {
      current.forEach((item, index) => visit(item, join(path, String(index)), depth + 1));
      return;
    }
    for (const [key, item] of Object.entries(current)) {
      const keyProblem = stringProblem(key, join(path, '(key)'));
      if (keyProblem) {
        problems.push(keyProblem);
        continue;
      }
      visit(item, join(path, key), depth + 1);
    }
  };
  visit(value, field, 0);
  return problems;
}
