import { ErrorCode } from './error-code.js';
import type { MessageKey, MessageParams } from '../i18n/messages.js';

export interface FieldProblem {
  /** Path of the field in the operation's arguments, e.g. `input.email`. */
  field: string;
  /** The broken rule, e.g. `isEmail`, `maxLength`. */
  rule: string;
  /** The rule's message in English, for developers. */
  detail: string;
}

/**
 * A refusal the caller can act on. Services throw it; the GraphQL exception filter turns
 * it into `extensions.code` plus a message in the caller's language.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode | string,
    readonly messageKey: MessageKey,
    readonly params: MessageParams = {},
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'DomainException';
  }
}

export class InputValidationException extends DomainException {
  constructor(readonly problems: FieldProblem[]) {
    super(ErrorCode.BAD_USER_INPUT, 'BAD_USER_INPUT', { count: problems.length });
    this.name = 'InputValidationException';
  }

  /** The same problems with their fields placed under an argument name (`email` → `input.email`). */
  under(argumentName: string): InputValidationException {
    return new InputValidationException(
      this.problems.map((problem) => ({ ...problem, field: `${argumentName}.${problem.field}` })),
    );
  }
}

/** For records the caller may not see: whether they exist is not revealed either. */
export const notFound = (): DomainException => new DomainException('NOT_FOUND', 'NOT_FOUND');
