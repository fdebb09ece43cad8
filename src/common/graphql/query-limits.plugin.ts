import { GraphQLError, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors/error-code.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { translate } from '../i18n/messages.js';
import type { ApolloServerPlugin } from './apollo-plugin.js';
import { QueryTooDeepError } from './depth-limit.rule.js';
import type { GraphqlContext } from './graphql-context.js';

/**
 * Apollo labels every validation error GRAPHQL_VALIDATION_FAILED; the depth rule's error
 * gets its own code back here (called first in `formatError`).
 */
export function withQueryLimitCode(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  if (error instanceof GraphQLError && error.originalError instanceof QueryTooDeepError)
    return {
      ...formatted,
      extensions: { ...formatted.extensions, code: ErrorCode.QUERY_TOO_DEEP },
    };
  return formatted;
}

/**
 * The last two limits on an answer:
 * - `plugin` writes QUERY_TOO_DEEP's message in the caller's language (validation rules
 *   cannot see the request) and remembers each answer's language;
 * - `stringifyResult` (Apollo's last step) replaces an answer over `maximumBytes` with
 *   RESPONSE_TOO_LARGE, so no client and no proxy gets megabytes. The complexity limit
 *   should stop such operations before they run; this is the backstop for lists larger
 *   than their estimate. The body is serialised once, as before.
 */
export function queryLimits(maximumBytes: number): {
  plugin: ApolloServerPlugin;
  stringifyResult: (value: FormattedExecutionResult) => string;
} {
  const localeOfData = new WeakMap<object, Locale>();
  const plugin: ApolloServerPlugin = {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const { locale } = contextValue as GraphqlContext;
          const result = response.body.singleResult;
          if (result.data) localeOfData.set(result.data, locale);
          if (result.errors?.some((error) => error.extensions?.code === ErrorCode.QUERY_TOO_DEEP))
            response.body.singleResult = {
              ...result,
              errors: result.errors.map((error) =>
                error.extensions?.code === ErrorCode.QUERY_TOO_DEEP
                  ? {
                      ...error,
                      message: translate('QUERY_TOO_DEEP', locale, {
                        depth: Number(error.extensions.depth),
                        maximum: Number(error.extensions.maximum),
                      }),
                    }
                  : error,
              ),
            };
          return Promise.resolve();
        },
      });
    },
  };
  const stringifyResult = (value: FormattedExecutionResult): string => {
    const text = JSON.stringify(value);
    // UTF-8 takes at most 3 bytes per UTF-16 unit: count bytes only for long answers.
    if (text.length * 3 <= maximumBytes || Buffer.byteLength(text) <= maximumBytes) return text;
    const locale = (value.data && localeOfData.get(value.data)) ?? DEFAULT_LOCALE;
    return JSON.stringify({
      errors: [
        {
          message: translate('RESPONSE_TOO_LARGE', locale, { maximumBytes }),
          extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, maximumBytes },
        },
      ],
      data: null,
    });
  };
  return { plugin, stringifyResult };
}
