import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TypedDocumentString } from '../gql/graphql';
import { ApiError, request } from './graphql-client';

export type QueryState<TResult> =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'done'; data: TResult };

/**
 * Runs a query when the page opens and again when the variables or the language change
 * (texts come in the request's language). No cache: pages are small and the API is fast.
 * A language change keeps showing the previous answer until the new one comes
 * (stale-while-revalidate), so a page's forms stay mounted and keep what is typed; new
 * variables or `reload()` show "loading" at once.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): QueryState<TResult> & { reload: () => void } {
  const { i18n } = useTranslation();
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify([variables, i18n.language, generation]);
  // The answer remembers which request it answers: a newer request shows "loading" at once.
  const [answer, setAnswer] = useState<{ key: string; state: QueryState<TResult> } | null>(null);

  useEffect(() => {
    let current = true;
    const run = request as (
      document: TypedDocumentString<TResult, TVariables>,
      variables: TVariables,
    ) => Promise<TResult>;
    const [requestVariables] = JSON.parse(key) as [TVariables];
    run(document, requestVariables).then(
      (data) => current && setAnswer({ key, state: { status: 'done', data } }),
      (error: unknown) =>
        current &&
        setAnswer({
          key,
          state: {
            status: 'error',
            error: error instanceof ApiError ? error : new ApiError('NETWORK', String(error)),
          },
        }),
    );
    return () => {
      current = false;
    };
  }, [document, key]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const state: QueryState<TResult> =
    answer?.key === key || (answer?.state.status === 'done' && sameButLanguage(answer.key, key))
      ? answer.state
      : { status: 'loading' };
  return { ...state, reload };
}

/** Two request keys (`[variables, language, generation]`) that differ at most in the language. */
function sameButLanguage(a: string, b: string): boolean {
  const [variablesA, , generationA] = JSON.parse(a) as unknown[];
  const [variablesB, , generationB] = JSON.parse(b) as unknown[];
  return JSON.stringify(variablesA) === JSON.stringify(variablesB) && generationA === generationB;
}
