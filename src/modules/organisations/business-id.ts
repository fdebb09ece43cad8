import { registerDecorator, type ValidationOptions } from 'class-validator';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/**
 * Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The check digit
 * is 11 − (Σ digit×weight mod 11); a remainder of 0 gives 0 and a remainder of 1 is never
 * issued.
 */
export function isValidBusinessId(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = /^(\d{7})-(\d)$/.exec(value);
  if (!match) return false;
  const sum = [...match[1]].reduce(
    (total, digit, index) => total + Number(digit) * WEIGHTS[index],
    0,
  );
  const remainder = sum % 11;
  if (remainder === 1) return false;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === Number(match[2]);
}

/** Accepts `1234567-8`; older six-digit IDs must be written with a leading zero. */
export function IsBusinessId(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isBusinessId',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: '$property must be a Finnish business ID (Y-tunnus) with a valid check digit',
        ...options,
      },
      validator: { validate: isValidBusinessId },
    });
}
