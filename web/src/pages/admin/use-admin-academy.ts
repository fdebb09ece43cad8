import { graphql } from '../../gql';
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
