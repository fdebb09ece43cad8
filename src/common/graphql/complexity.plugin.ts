import type { ApolloServerPlugin } from './apollo-plugin.js';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/error-code.js';
import { translate } from '../i18n/messages.js';
import type { GraphqlContext } from './graphql-context.js';
import { estimateQueryCost } from './query-cost.js';

/**
 * Refuses an operation whose estimated cost exceeds the limit before any resolver runs.
 * See estimateQueryCost for the rules: lists multiply, each fragment is costed once.
 */
export function complexityLimitPlugin(maximum: number): ApolloServerPlugin {
  // Apollo hands out the same parsed document for the same query text, so the estimate is
  // computed once per document and variables, not on every request.
  const cache = new WeakMap<object, Map<string, number>>();
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, schema, contextValue }) {
          const key = `${request.operationName ?? ''}|${JSON.stringify(request.variables ?? {})}`;
          const known = cache.get(document)?.get(key);
          let complexity: number;
          try {
            if (known !== undefined) {
              complexity = known;
            } else {
              // Clamped so a huge estimate still prints as a number (JSON has no Infinity).
              complexity = Math.min(
                Number.MAX_SAFE_INTEGER,
                estimateQueryCost({
                  schema,
                  document,
                  operationName: request.operationName ?? undefined,
                  variables: request.variables ?? {},
                }),
              );
              const perDocument = cache.get(document) ?? new Map<string, number>();
              // Bounded: a flood of distinct variables must not grow memory without limit.
              if (perDocument.size < 100) perDocument.set(key, complexity);
              cache.set(document, perDocument);
            }
          } catch (error) {
            // Estimating coerces the variables first; a bad variable is the caller's input
            // error (e.g. an unknown enum value), named by graphql-js's message.
            if (error instanceof GraphQLError) {
              throw new GraphQLError(error.message, {
                extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
              });
            }
            throw error;
          }
          if (complexity > maximum) {
            throw new GraphQLError(
              translate('QUERY_TOO_COMPLEX', (contextValue as GraphqlContext).locale, {
                complexity,
                maximum,
              }),
              {
                extensions: {
                  code: ErrorCode.QUERY_TOO_COMPLEX,
                  complexity,
                  maximum,
                  http: { status: 400 },
                },
              },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
