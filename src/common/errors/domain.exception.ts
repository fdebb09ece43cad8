import { ErrorCode, type ExtensionsOf } from './error-code.js';
import type { MessageKey, MessageParams } from '../i18n/messages.js';

export interface FieldProblem {
  /** Path of the field in the operation's arguments, e.g. `input.email`. */
  field: string;
  /** The broken rule, e.g. `isEmail`, `maxLength`. */
  rule: string;
  /** The rule's message in English, for developers. */
  detail: string;
}

/** The sentence a person reads: the message key defaults to the code. */
export interface DomainMessage {
  key?: MessageKey;
  params?: MessageParams;
}

/**
 * A refusal the caller can act on. Services throw it; the exception filter turns it into
 * `extensions.code` (plus the code's typed extensions) and a message in the caller's language:
 * `new DomainException(ErrorCode.SLOT_TAKEN)`,
 * `new DomainException(ErrorCode.CONFLICT, { currentVersion: 3 })`.
 */
export class DomainException<C extends ErrorCode = ErrorCode> extends Error {
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
  readonly extensions: ExtensionsOf<C>;

  constructor(
    readonly code: C,
    extensions?: ExtensionsOf<C>,
    message?: DomainMessage,
  ) {
    // Every code is also a message key: a code without a message is a compile error here.
    const messageKey: MessageKey = message?.key ?? code;
    super(`${code}: ${messageKey}`);
    this.name = 'DomainException';
    this.messageKey = messageKey;
    this.params = message?.params ?? {};
    this.extensions = extensions ?? ({} as ExtensionsOf<C>);
  }
}

export class InputValidationException extends DomainException<ErrorCode.BAD_USER_INPUT> {
  constructor(readonly problems: FieldProblem[]) {
    super(ErrorCode.BAD_USER_INPUT, {}, { params: { count: problems.length } });
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
export const notFound = (): DomainException => new DomainException(ErrorCode.NOT_FOUND);
