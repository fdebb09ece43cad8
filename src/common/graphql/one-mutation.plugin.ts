import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { ErrorCode } from '../errors/error-code.js';
import { translate } from '../i18n/messages.js';
import type { GraphqlContext } from './graphql-context.js';

/**
 * The root fields of a selection set by response key (alias or name), through fragments
 * and inline fragments, each fragment visited once. Directives are not evaluated: a field
 * under `@skip` still counts, so the answer never depends on variables.
 */
function rootFieldKeys(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  keys = new Set<string>(),
  visited = new Set<string>(),
): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename')
        keys.add(selection.alias?.value ?? selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootFieldKeys(selection.selectionSet, fragments, keys, visited);
    } else if (!visited.has(selection.name.value)) {
      visited.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) rootFieldKeys(fragment.selectionSet, fragments, keys, visited);
    }
  }
  return keys;
}

/**
 * One mutation field per request. Mutation fields run one after another and each commits
 * on its own, so a document with several could leave the earlier ones committed while a
 * later one fails and empties `data` (`data: null`). The operation is refused before any
 * resolver runs with ONE_MUTATION_PER_REQUEST (a request error: 400, or 200 under
 * application/json, see request-error-status.plugin.ts); send one request per change.
 * Queries are not limited here (their cost is the complexity limit's business).
 */
export function oneMutationPerRequestPlugin(): ApolloServerPlugin<GraphqlContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, document, contextValue }) {
          if (operation?.operation !== OperationTypeNode.MUTATION) return Promise.resolve();
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions)
            if (definition.kind === Kind.FRAGMENT_DEFINITION)
              fragments.set(definition.name.value, definition);
          const fields = rootFieldKeys(operation.selectionSet, fragments).size;
          if (fields > 1) {
            throw new GraphQLError(
              translate('ONE_MUTATION_PER_REQUEST', contextValue.locale, { fields }),
              {
                extensions: {
                  code: ErrorCode.ONE_MUTATION_PER_REQUEST,
                  fields,
                  maximum: 1,
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
