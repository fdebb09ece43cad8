import { useState } from 'react';
import { graphql } from '../../gql';
import type { TypedDocumentString } from '../../gql/graphql';
import { useQuery } from '../../api/use-query';

const ADMIN_ACADEMY_REFS = graphql(`
  query AdminAcademyRefs {
    academies {
      id
      slug
      status
      timeZone
      title {
        text
      }
    }
  }
`);

/**
 * The admin pages address an academy by id (a slug can change); the API reads one by slug.
 * Staff see every academy in `academies`, so its small list answers id → slug.
 */
export function useAcademyRef(id: string) {
  const result = useQuery(ADMIN_ACADEMY_REFS, {});
  if (result.status !== 'done') return result;
  return {
    ...result,
    academy: result.data.academies.find((academy) => academy.id === id) ?? null,
  };
}

/**
 * `useQuery`, but while it asks again (after a save) it keeps showing the last answer, so
 * the forms below stay mounted and their "saved" notes and field values survive.
 */
export function useKeptQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
) {
  const result = useQuery(document, variables);
  const [kept, setKept] = useState<TResult | null>(null);
  if (result.status === 'done' && kept !== result.data) setKept(result.data);
  if (result.status === 'loading' && kept !== null) {
    return { status: 'done' as const, data: kept, reload: result.reload };
  }
  return result;
}
