import type { ApolloServerPlugin } from './apollo-plugin.js';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors/error-code.js';
import { translate } from '../i18n/messages.js';
import type { GraphqlContext } from './graphql-context.js';

/**
 * Refuses an operation whose estimated cost exceeds the limit before any resolver runs.
 * Every field costs 1 unless it declares `complexity` in its @Field options (lists do).
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
              complexity = getComplexity({
                schema,
                query: document,
                operationName: request.operationName ?? undefined,
                variables: request.variables ?? {},
                estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
              });
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
