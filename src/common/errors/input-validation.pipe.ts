import {
  Injectable,
  ValidationPipe,
  type ArgumentMetadata,
  type ValidationError,
} from '@nestjs/common';
import { InputValidationException, type FieldProblem } from './domain.exception.js';
import { inspectInput } from './input-inspection.js';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, detail]) => ({
      field,
      rule,
      detail,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** What the client sent: GraphQL arguments (Nest calls them `body`), REST params and query. */
const CLIENT_INPUT = new Set<ArgumentMetadata['type']>(['body', 'query', 'param']);

/**
 * class-validator on every argument and input. Failures become one BAD_USER_INPUT error
 * whose `validationErrors` list names each field (with its argument path) and rule.
 * Before that, every string the client sent — free JSON included — is checked once for
 * what PostgreSQL or a validator would choke on (NUL and other control characters,
 * unpaired surrogates, absurd lengths), and every DateTime for its range (`inspectInput`).
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      // GraphQL already refuses unknown fields; stripping undecorated ones would lose data.
      whitelist: false,
      forbidUnknownValues: false,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new InputValidationException(flatten(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (CLIENT_INPUT.has(metadata.type)) {
      const problems = inspectInput(value, metadata.data ?? '');
      if (problems.length > 0) throw new InputValidationException(problems);
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof InputValidationException && metadata.data) {
        throw error.under(metadata.data);
      }
      throw error;
    }
  }
}
