import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { GraphqlContext } from './graphql-context.js';

/**
 * A mutation document runs its root fields one after another, each changing rows that the
 * request's loaders may already have memoised (`saveApplicationDraft` then
 * `submitApplication { completeness }`). So before each root mutation field, every loader of
 * the request forgets what it loaded; batching stays. Queries are not touched: their reads
 * all see one state, and per-field hooks would cost every field of every query.
 */
export function freshLoadersPerMutationPlugin(): ApolloServerPlugin<GraphqlContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        executionDidStart(requestContext) {
          if (requestContext.operation.operation !== OperationTypeNode.MUTATION)
            return Promise.resolve();
          return Promise.resolve({
            willResolveField({ info, contextValue }) {
              if (info.path.prev !== undefined) return;
              for (const loader of Object.values(contextValue.loaders ?? {}))
                (loader as { clearAll?: () => void }).clearAll?.();
            },
          });
        },
      });
    },
  };
}
