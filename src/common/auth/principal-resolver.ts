import type { Principal } from './principal.js';

/**
 * How the AuthGuard turns a session token (from `Authorization: Bearer …` or the session
 * cookie, see session-cookie.ts) into a principal. The plumbing only declares it; the auth
 * feature provides it (sessions live there), so `common/` imports no feature.
 */
export abstract class PrincipalResolver {
  /** The principal behind a session token, or null (none, malformed, expired or revoked). */
  abstract authenticate(sessionToken: string | undefined): Promise<Principal | null>;
}
