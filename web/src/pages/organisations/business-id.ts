// The Finnish business ID (Y-tunnus) check, as typed: the same rule as the API's
// src/modules/organisations/business-id.ts (test/web/business-id.spec.ts compares the two).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** What is wrong with a business ID so far: null while it is fine (or still empty). */
export type BusinessIdProblem = 'format' | 'checkDigit' | null;

export function businessIdProblem(value: string): BusinessIdProblem {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const match = /^(\d{7})-(\d)$/.exec(trimmed);
  if (!match) return 'format';
  const sum = [...match[1]].reduce(
    (total, digit, index) => total + Number(digit) * WEIGHTS[index],
    0,
  );
  const remainder = sum % 11;
  // A remainder of 1 is never issued; 0 gives the check digit 0.
  if (remainder === 1) return 'checkDigit';
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === Number(match[2]) ? null : 'checkDigit';
}
