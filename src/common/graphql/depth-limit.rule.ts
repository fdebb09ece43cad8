import {
  GraphQLError,
  Kind,
  type ASTNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { ErrorCode } from '../errors/error-code.js';

/**
 * Raised by the depth rule. Apollo re-labels every validation error
 * GRAPHQL_VALIDATION_FAILED; `formatError` gives it back its own code, and the query-limits
 * plugin its message in the caller's language.
 */
export class QueryTooDeepError extends GraphQLError {
  constructor(
    readonly depth: number,
    readonly maximum: number,
    nodes: readonly ASTNode[],
  ) {
    super(`The query is too deeply nested (${depth}/${maximum}).`, {
      nodes,
      extensions: { code: ErrorCode.QUERY_TOO_DEEP, depth, maximum },
    });
    this.name = 'QueryTooDeepError';
  }
}

/**
 * Refuses operations nested deeper than `maximum`, counting through fragments
 * (`{ academies { slug } }` is 1 deep). Each fragment's depth is computed once and
 * remembered, so a fragment spread twice by the next one, 30 levels over, costs 30 steps,
 * not 2^30 (graphql-depth-limit walked every path). A fragment cycle counts as depth 0 here;
 * graphql-js's NoFragmentCyclesRule, which runs in the same pass, refuses it. Introspection
 * fields (`__schema`, `__type`) are not counted, as before.
 */
export function createDepthLimitRule(maximum: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragmentDepths = new Map<string, number>();
    const inProgress = new Set<string>();

    const fragmentDepth = (fragment: FragmentDefinitionNode): number => {
      const name = fragment.name.value;
      const known = fragmentDepths.get(name);
      if (known !== undefined) return known;
      // A cycle: stop here rather than recurse forever; the cycle rule reports it.
      if (inProgress.has(name)) return 0;
      inProgress.add(name);
      const depth = selectionSetDepth(fragment.selectionSet);
      inProgress.delete(name);
      fragmentDepths.set(name, depth);
      return depth;
    };

    const selectionSetDepth = (selectionSet: SelectionSetNode): number => {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        let depth = 0;
        if (selection.kind === Kind.FIELD) {
          if (selection.selectionSet && !selection.name.value.startsWith('__'))
            depth = 1 + selectionSetDepth(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          depth = selectionSetDepth(selection.selectionSet);
        } else {
          const fragment = context.getFragment(selection.name.value);
          // An unknown fragment is reported by KnownFragmentNamesRule.
          if (fragment) depth = fragmentDepth(fragment);
        }
        if (depth > deepest) deepest = depth;
      }
      return deepest;
    };

    return {
      OperationDefinition(operation) {
        const depth = selectionSetDepth(operation.selectionSet);
        if (depth > maximum)
          context.reportError(new QueryTooDeepError(depth, maximum, [operation]));
        return false;
      },
    };
  };
}
