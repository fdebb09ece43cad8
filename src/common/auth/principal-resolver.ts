import type { Principal } from './principal.js';

/**
 * How the AuthGuard turns an `Authorization` header into a principal. The plumbing only
 * declares it; the auth feature provides it (sessions live there), so `common/` imports no
 * feature.
 */
export abstract class PrincipalResolver {
  /** The principal behind an `Authorization: Bearer …` header, or null. */
  abstract authenticate(authorization: string | undefined): Promise<Principal | null>;
}
