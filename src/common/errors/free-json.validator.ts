import { applyDecorators } from '@nestjs/common';
import { ValidateBy } from 'class-validator';

/** A free JSON argument (answers by criterion id, criterion parameters) serialises to at most this. */
export const MAX_JSON_BYTES = 64 * 1024;
/** …and no text inside it is longer than this. */
export const MAX_JSON_STRING_LENGTH = 5_000;

const jsonBytes = (value: unknown): number => {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

function longestString(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (value === null || typeof value !== 'object') return 0;
  const items = Array.isArray(value) ? value : Object.entries(value).flat();
  return items.reduce<number>((longest, item) => Math.max(longest, longestString(item)), 0);
}

/**
 * Caps a free JSON argument: its size (`maxJsonBytes`) and each text in it
 * (`maxJsonStringLength`), so `customAnswers` cannot carry a 300,000-character answer.
 * Nesting is already capped by the input pipe's walk, so the recursion here is bounded.
 */
export function FreeJson(): PropertyDecorator {
  return applyDecorators(
    ValidateBy({
      name: 'maxJsonBytes',
      validator: {
        validate: (value) => jsonBytes(value) <= MAX_JSON_BYTES,
        defaultMessage: (args) =>
          `${args?.property} must be at most ${MAX_JSON_BYTES} bytes as JSON`,
      },
    }),
    ValidateBy({
      name: 'maxJsonStringLength',
      validator: {
        validate: (value) => longestString(value) <= MAX_JSON_STRING_LENGTH,
        defaultMessage: (args) =>
          `${args?.property}: each text must be at most ${MAX_JSON_STRING_LENGTH} characters`,
      },
    }),
  );
}
